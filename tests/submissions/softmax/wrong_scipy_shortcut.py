"""A one-line wrapper of SciPy's softmax: the kata is about writing it with NumPy."""

import scipy.special

EXPECTED = "this kata is about writing it with NumPy"
EXPECTED_STATUS = "error"


def softmax(x, axis=-1):
    return scipy.special.softmax(x, axis=axis)
