"""Always the population variance: ddof is accepted and never used."""

import numpy as np

MISTAKES = "ddof_ignored"


def variance(x, axis=None, ddof=0):
    centred = x - x.mean(axis=axis, keepdims=True)
    result = (centred**2).mean(axis=axis)
    return float(result) if axis is None else result
