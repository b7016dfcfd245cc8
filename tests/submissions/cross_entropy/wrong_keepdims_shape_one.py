"""Right value, but the mean keeps its axis: an array of shape (1,) instead of a number."""

import numpy as np

MISTAKES = "mean_kept_as_a_one_element_array"


def cross_entropy(logits, targets):
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    if targets.ndim == 1:
        losses = -log_probs[np.arange(len(targets)), targets]
    else:
        losses = -(targets * log_probs).sum(axis=1)
    return losses.mean(axis=0, keepdims=True)
