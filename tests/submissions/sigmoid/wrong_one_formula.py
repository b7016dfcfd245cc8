"""The textbook 1/(1 + exp(-z)) everywhere: exp(720) overflows, so sigma(-720) is 0, not 2.0e-313."""

import numpy as np

MISTAKES = "one_formula_that_overflows"


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))
