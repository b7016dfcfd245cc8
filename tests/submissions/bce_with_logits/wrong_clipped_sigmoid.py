"""Subtle: a stable sigmoid clipped to [1e-7, 1 - 1e-7], then the BCE of probabilities.

Finite everywhere and right on ordinary logits; a confident mistake of z = 1000 costs
-log(1e-7) = 16.1 instead of 1000.
"""

import numpy as np

MISTAKES = "logs_of_the_clipped_sigmoid"


def bce_with_logits(y_true, logits):
    y = np.asarray(y_true, dtype=np.float64)
    z = np.asarray(logits, dtype=np.float64)
    small = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1.0, small) / (1.0 + small)
    p = np.clip(p, 1e-7, 1 - 1e-7)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
