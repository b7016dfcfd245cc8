"""Always works along the last axis, whatever axis is."""

import numpy as np

MISTAKES = "ignores_axis"


def log_softmax(x, axis=-1):
    shifted = x - x.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
