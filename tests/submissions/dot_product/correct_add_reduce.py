"""Right: the product and the sum as explicit ufunc calls, after comparing the shapes."""

import numpy as np


def dot_product(a, b):
    if np.shape(a) != np.shape(b):
        raise ValueError("a and b must have the same length")
    return float(np.add.reduce(np.multiply(a, b)))
