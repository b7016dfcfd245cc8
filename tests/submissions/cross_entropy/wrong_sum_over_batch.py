"""Stable log softmax, but returns the sum of the per-row losses instead of their mean."""

import numpy as np

MISTAKES = "summed_over_the_batch"


def cross_entropy(logits, targets):
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    if targets.ndim == 1:
        return float(-log_probs[np.arange(len(targets)), targets].sum())
    return float(-(targets * log_probs).sum())
