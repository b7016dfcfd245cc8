"""Correct: ReLUs as boolean masks, updating the block's own arrays in place (never x)."""

import numpy as np


def residual_block(x, W1, b1, W2, b2):
    hidden = np.matmul(x, W1)
    hidden += b1
    hidden[hidden < 0] = 0.0
    out = np.matmul(hidden, W2)
    out += b2
    out += x
    out *= out > 0
    return out
