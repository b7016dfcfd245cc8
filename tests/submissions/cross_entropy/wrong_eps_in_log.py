"""Subtle: the mean is right, but the loss is the log of a softmax padded with 1e-9.

The eps shifts every loss by about 1e-9/p, and a probability that underflowed
caps a confident wrong prediction's loss at -log(1e-9) = 20.7.
"""

import numpy as np

MISTAKES = "log_of_probability_plus_epsilon"


def cross_entropy(logits, targets):
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    probs = e / e.sum(axis=1, keepdims=True)
    log_probs = np.log(probs + 1e-9)
    if targets.ndim == 1:
        return float(-np.mean(log_probs[np.arange(logits.shape[0]), targets]))
    return float(-np.mean(np.sum(targets * log_probs, axis=1)))
