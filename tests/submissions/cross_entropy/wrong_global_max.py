"""Subtle: shifts by the max of the whole batch, so a row far below it underflows to log 0."""

import numpy as np

MISTAKES = "one_max_for_the_whole_batch"


def cross_entropy(logits, targets):
    shifted = logits - np.max(logits)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    if targets.ndim == 1:
        return float(-log_probs[np.arange(len(targets)), targets].mean())
    return float(-(targets * log_probs).sum(axis=1).mean())
