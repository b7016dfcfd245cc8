"""Subtle: the right values, but the skip is added with x += F, which changes the caller's x."""

import numpy as np

MISTAKES = "in_place"


def residual_block(x, W1, b1, W2, b2):
    hidden = np.maximum(x @ W1 + b1, 0.0)
    x += hidden @ W2 + b2
    return np.maximum(x, 0.0)
