"""Two dense layers with ReLUs, but x is never added back."""

import numpy as np

MISTAKES = "no_skip_connection"


def residual_block(x, W1, b1, W2, b2):
    a1 = np.maximum(x @ W1 + b1, 0.0)
    return np.maximum(a1 @ W2 + b2, 0.0)
