"""Correct: einsum for both products, np.clip for both ReLUs."""

import numpy as np


def residual_block(x, W1, b1, W2, b2):
    hidden = np.clip(np.einsum("nd,dh->nh", x, W1) + b1, 0.0, None)
    out = x + np.einsum("nh,hd->nd", hidden, W2) + b2
    return np.clip(out, 0.0, None)
