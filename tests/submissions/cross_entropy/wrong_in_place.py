"""Right values, but subtracts the row max from the caller's logits in place."""

import numpy as np

MISTAKES = "in_place"


def cross_entropy(logits, targets):
    logits -= logits.max(axis=1, keepdims=True)
    log_probs = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
    if targets.ndim == 1:
        return float(-log_probs[np.arange(len(targets)), targets].mean())
    return float(-(targets * log_probs).sum(axis=1).mean())
