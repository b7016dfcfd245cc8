"""Subtle: stable and exact for 0/1 labels, but chooses a branch by the label, so soft labels are wrong."""

import numpy as np

MISTAKES = "hard_labels_only"


def bce_with_logits(y_true, logits):
    z = np.asarray(logits, dtype=np.float64)
    softplus = np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z)))  # -log(1 - sigmoid(z))
    return float(np.mean(np.where(y_true == 1, softplus - z, softplus)))
