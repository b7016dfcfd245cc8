"""The textbook log-sum-exp with no max shift: exp(1e4) overflows to inf, the loss is NaN."""

import numpy as np

MISTAKES = "no_max_shift"


def cross_entropy(logits, targets):
    log_probs = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
    if targets.ndim == 1:
        return float(-log_probs[np.arange(len(targets)), targets].mean())
    return float(-(targets * log_probs).sum(axis=1).mean())
