"""Computes in float32: close to the eye, wrong to float64 precision."""

import numpy as np

MISTAKES = "float32"


def cross_entropy(logits, targets):
    logits = np.asarray(logits, dtype=np.float32)
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    if targets.ndim == 1:
        return float(-log_probs[np.arange(len(targets)), targets].mean())
    return float(-(targets.astype(np.float32) * log_probs).sum(axis=1).mean())
