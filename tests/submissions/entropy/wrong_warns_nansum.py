"""Subtle: right values, but np.log(0) warns "divide by zero" and 0·(-inf) "invalid value"
before nansum drops the NaN; the catalog asks for no warning."""

import numpy as np

MISTAKES = "warns"


def entropy(p, base=2.0):
    h = -np.nansum(p * np.log(p), axis=-1) / np.log(base)
    return float(h) if h.ndim == 0 else h
