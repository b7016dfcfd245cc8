"""Correct but slow: math.exp on one number at a time, with the stable formula for each sign."""

import math

import numpy as np

EXPECTED_STATUS = "slow"


def _sigmoid(value):
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    exp_z = math.exp(value)
    return exp_z / (1.0 + exp_z)


def sigmoid(z):
    if np.ndim(z) == 0 and not isinstance(z, np.ndarray):
        return _sigmoid(float(z))
    array = np.asarray(z)
    flat = [_sigmoid(value) for value in array.ravel().tolist()]
    return np.array(flat, dtype=np.result_type(array, np.float32)).reshape(array.shape)
