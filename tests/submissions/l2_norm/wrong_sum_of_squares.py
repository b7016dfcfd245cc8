"""Subtle: the textbook formula. Right on ordinary numbers; inf for 1e200, 0 for 1e-200."""

import numpy as np

MISTAKES = "squares_overflow_or_underflow"


def l2_norm(x, axis=None, keepdims=False):
    result = np.sqrt(np.sum(x * x, axis=axis, keepdims=keepdims))
    return float(result) if np.ndim(result) == 0 else result
