"""Subtle: cs231n's in-place loop, but x[i] restored by adding h back: x + h - 2h + h is not always x."""

import numpy as np

MISTAKES = "in_place"


def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    it = np.nditer(x, flags=["multi_index"])
    while not it.finished:
        i = it.multi_index
        x[i] += h
        fxph = f(x)
        x[i] -= 2 * h
        fxmh = f(x)
        x[i] += h
        grad[i] = (fxph - fxmh) / (2 * h)
        it.iternext()
    return grad
