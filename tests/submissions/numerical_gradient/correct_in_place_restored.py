"""Correct: cs231n's eval_numerical_gradient, each entry of x moved in place and restored from its saved value."""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        ix = it.multi_index
        old_value = x[ix]
        x[ix] = old_value + h
        fxph = f(x)
        x[ix] = old_value - h
        fxmh = f(x)
        x[ix] = old_value
        grad[ix] = (fxph - fxmh) / (2 * h)
        it.iternext()
    return grad
