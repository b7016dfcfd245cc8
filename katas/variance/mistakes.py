"""Mistake models of the variance kata: what a learner who makes each mistake returns.

Each function takes variance's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import mistake


def _count(x, axis):
    return x.size if axis is None else x.shape[axis]


def _scalar_if_all(result, axis):
    return float(result) if axis is None else result


@mistake(
    "you use E[x²] - (E[x])² (the cheat sheet's formula): when the mean is large next to the "
    "spread, the two terms are nearly equal and their difference loses every digit; subtract the "
    "mean first, then average the squared deviations (two passes)",
    form=("means", "sums"),
)
def cheat_sheet_formula(x, axis=None, ddof=0, form="means"):
    count = _count(x, axis)
    with np.errstate(divide="ignore", invalid="ignore"):
        if form == "means":
            spread = np.mean(x * x, axis=axis) - np.mean(x, axis=axis) ** 2
            result = spread * count / (count - ddof)
        else:
            total = np.sum(x, axis=axis)
            result = (np.sum(x * x, axis=axis) - total * total / count) / (count - ddof)
    return _scalar_if_all(result, axis)


@mistake(
    "you always divide by N: ddof (delta degrees of freedom) makes the divisor N - ddof, "
    "so ddof=1 gives the unbiased sample variance"
)
def ddof_ignored(x, axis=None, ddof=0):
    deviations = x - np.mean(x, axis=axis, keepdims=True)
    return _scalar_if_all(np.mean(deviations * deviations, axis=axis), axis)


@mistake(
    "your mean along axis drops that axis, so x - mean broadcasts along the wrong axis (a "
    "square matrix mixes rows with columns, other shapes raise); pass keepdims=True"
)
def no_keepdims(x, axis=None, ddof=0):
    deviations = x - np.mean(x, axis=axis)
    with np.errstate(divide="ignore", invalid="ignore"):
        result = np.sum(deviations * deviations, axis=axis) / (_count(x, axis) - ddof)
    return _scalar_if_all(result, axis)


@mistake(
    "your ddof correction counts every element of x (x.size), not the N values of each slice "
    "along axis: the divisor is x.shape[axis] - ddof"
)
def ddof_counts_all_elements(x, axis=None, ddof=0):
    deviations = x - np.mean(x, axis=axis, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        result = np.mean(deviations * deviations, axis=axis) * x.size / (x.size - ddof)
    return _scalar_if_all(result, axis)
