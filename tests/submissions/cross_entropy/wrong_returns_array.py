"""Right value, but returned as a 0-d NumPy array instead of a number."""

import numpy as np

MISTAKES = "returns_a_0d_array"


def cross_entropy(logits, targets):
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    if targets.ndim == 1:
        losses = -log_probs[np.arange(len(targets)), targets]
    else:
        losses = -(targets * log_probs).sum(axis=1)
    return np.asarray(losses.mean())
