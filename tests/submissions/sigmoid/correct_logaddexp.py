"""Correct: sigma(z) = exp(-log(1 + e^-z)), with log(1 + e^-z) = logaddexp(0, -z), which never overflows."""

import numpy as np


def sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -np.asarray(z)))[()]
