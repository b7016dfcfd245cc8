"""Correct: PyTorch's kernel, (1 - y)*z + m + log(e^-m + e^(-z - m)) with m = max(-z, 0)."""

import numpy as np


def bce_with_logits(y_true, logits):
    y = np.asarray(y_true, dtype=np.float64)
    z = np.asarray(logits, dtype=np.float64)
    m = np.maximum(-z, 0.0)
    return float(np.mean((1 - y) * z + m + np.log(np.exp(-m) + np.exp(-z - m))))
