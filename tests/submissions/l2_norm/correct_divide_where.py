"""Right: divides only where the maximum is positive (np.divide with out= and where=), and
reduces without keepdims when it is not asked for."""

import numpy as np


def l2_norm(x, axis=None, keepdims=False):
    peak = np.max(np.abs(x), axis=axis, keepdims=True)
    scaled = np.divide(x, peak, out=np.zeros_like(x), where=peak > 0)
    root = np.sqrt(np.sum(scaled * scaled, axis=axis, keepdims=keepdims))
    result = root * (peak if keepdims else np.max(np.abs(x), axis=axis))
    if np.ndim(result) == 0:
        return float(result)
    return result
