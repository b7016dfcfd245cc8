"""Reference solution of the variance kata."""

import numpy as np


def variance(x: np.ndarray, axis: int | None = None, ddof: int = 0) -> float | np.ndarray:
    """Variance of x over all elements or along one axis, by the two-pass formula.

    The mean is taken first and the squared deviations from it averaged, as
    ``numpy.var`` does: the textbook E[x²] - (E[x])² subtracts two nearly equal
    numbers when the mean is large next to the spread, and loses every digit
    (data with mean 1e9 and spread 1 come out as 128, 0 or negative).

    Parameters
    ----------
    x : ndarray of any shape, float64 or float32
    axis : int or None, default None
        None: the variance of all elements (a Python float); an int: one variance per
        slice along that axis (an array of x's shape without that axis).
    ddof : int, default 0
        Delta degrees of freedom: the sum of squared deviations is divided by N - ddof,
        N the number of values in each slice (0: population variance, 1: the unbiased
        sample variance). N - ddof = 0 gives nan or inf, as in NumPy.

    Returns
    -------
    float or ndarray
        A Python float when axis is None, else an array of x's float dtype.

    Raises nothing of its own: an axis out of range raises NumPy's AxisError (a ValueError).
    Formula: numpy.var (two-pass: mean, then mean of squared deviations).
    """
    count = x.size if axis is None else x.shape[axis]
    deviations = x - np.mean(x, axis=axis, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        result = np.sum(deviations * deviations, axis=axis) / (count - ddof)
    return float(result) if axis is None else result
