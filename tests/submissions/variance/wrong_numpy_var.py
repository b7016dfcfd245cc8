"""A one-line wrapper of numpy.var: the kata is about writing it."""

import numpy as np

EXPECTED = "does this kata's whole job"
EXPECTED_STATUS = "error"


def variance(x, axis=None, ddof=0):
    result = np.var(x, axis=axis, ddof=ddof)
    return float(result) if axis is None else result
