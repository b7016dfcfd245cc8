"""Blind tester: perturbs flat = x.reshape(-1) in place; for a non-contiguous x reshape copies, so f never sees a step."""

import numpy as np

MISTAKES = "perturbs_a_reshaped_copy"


def numerical_gradient(f, x, h=1e-5):
    flat = x.reshape(-1)             # a view for contiguous x, a COPY otherwise
    grad = np.zeros(flat.shape, dtype=x.dtype)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + h
        fp = f(x)
        flat[i] = old - h
        fm = f(x)
        flat[i] = old
        grad[i] = (fp - fm) / (2 * h)
    return grad.reshape(x.shape)
