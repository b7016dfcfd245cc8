"""Returns F(x) + x, the cheat sheet's y = F(x) + x, without the last ReLU."""

import numpy as np

MISTAKES = "no_final_relu"


def residual_block(x, W1, b1, W2, b2):
    hidden = np.maximum(x @ W1 + b1, 0)
    return hidden @ W2 + b2 + x
