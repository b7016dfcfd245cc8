"""Forgets the ReLU between the two layers: F is then one affine map."""

import numpy as np

MISTAKES = "no_inner_relu"


def residual_block(x, W1, b1, W2, b2):
    out = np.dot(x, W1) + b1
    out = np.dot(out, W2) + b2
    out = out + x
    return np.maximum(out, 0.0)
