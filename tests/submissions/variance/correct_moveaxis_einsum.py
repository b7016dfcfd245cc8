"""Correct: the axis moved last, deviations from the mean, their squares summed with einsum."""

import numpy as np


def variance(x, axis=None, ddof=0):
    rows = x.reshape(1, -1) if axis is None else np.moveaxis(x, axis, -1)
    deviations = rows - rows.mean(axis=-1)[..., None]
    with np.errstate(divide="ignore", invalid="ignore"):
        result = np.einsum("...i,...i->...", deviations, deviations) / (rows.shape[-1] - ddof)
    return float(result[0]) if axis is None else result
