"""Handles only integer class ids: probability targets (N, C) crash the fancy indexing."""

import numpy as np

MISTAKES = "probability_targets_not_handled"


def cross_entropy(logits, targets):
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return float(-log_probs[np.arange(len(targets)), targets].mean())
