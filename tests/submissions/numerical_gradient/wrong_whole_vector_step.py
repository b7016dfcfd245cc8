"""Vectorised too far: x + h moves every entry, giving one directional slope for all."""

import numpy as np

MISTAKES = "every_entry_at_once"


def numerical_gradient(f, x, h=1e-5):
    slope = (f(x + h) - f(x - h)) / (2 * h)
    return np.full(x.shape, slope)
