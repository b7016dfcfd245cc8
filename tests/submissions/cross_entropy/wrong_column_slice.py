"""Picks the true class with log_probs[:, targets]: an (N, N) matrix, every row's log
probability of every row's class, whose mean is not the loss."""

import numpy as np

MISTAKES = "picked_with_a_column_slice"


def cross_entropy(logits, targets):
    m = np.max(logits, axis=1, keepdims=True)
    log_probs = logits - m - np.log(np.sum(np.exp(logits - m), axis=1, keepdims=True))
    if targets.ndim == 2:
        return float(-np.mean(np.sum(targets * log_probs, axis=1)))
    return float(-np.mean(log_probs[:, targets]))
