"""Tells ids from probabilities by the dtype (int64) instead of the number of dimensions.

int32 ids are then taken for probabilities and fail to broadcast against (N, C).
"""

import numpy as np

MISTAKES = "ids_told_apart_by_int64_dtype"


def cross_entropy(logits, targets):
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    if targets.dtype == np.int64:
        return float(-log_probs[np.arange(len(targets)), targets].mean())
    return float(-(targets * log_probs).sum(axis=1).mean())
