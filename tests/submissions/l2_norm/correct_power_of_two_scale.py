"""Right: scales each slice by a power of two near its maximum (np.frexp), so the scaling is exact;
a zero maximum has exponent 0 and needs no guard."""

import numpy as np


def l2_norm(x, axis=None, keepdims=False):
    _, exponent = np.frexp(np.max(np.abs(x), axis=axis, keepdims=True))
    scaled = np.ldexp(x, -exponent)
    norm = np.ldexp(np.sqrt(np.sum(scaled * scaled, axis=axis, keepdims=True)), exponent)
    if not keepdims:
        norm = np.squeeze(norm, axis=axis)
    return norm.item() if norm.ndim == 0 else norm
