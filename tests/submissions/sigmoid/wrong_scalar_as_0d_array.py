"""Subtle: a stable, exact sigmoid, but np.where turns a Python number into a 0-d array."""

import numpy as np

MISTAKES = "scalar_returned_as_a_0d_array"


def sigmoid(z):
    small = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + small), small / (1.0 + small))
