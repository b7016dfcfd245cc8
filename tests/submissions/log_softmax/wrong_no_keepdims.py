"""Subtle: no keepdims, so the max and the sum broadcast along the wrong axis; right on 1-D logits."""

import numpy as np

MISTAKES = "no_keepdims"


def log_softmax(x, axis=-1):
    shifted = x - np.max(x, axis=axis)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis))
