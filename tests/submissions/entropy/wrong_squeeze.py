"""A blind tester's file: squeezes the result, so a batch of one distribution, p of shape
(1, k), gives a float and (3, 1, k) gives (3,): the length-1 batch axes are lost."""

import numpy as np

MISTAKES = "length_one_batch_axes_squeezed"


def entropy(p, base=2.0):
    p = np.asarray(p)
    logp = np.log(p, out=np.zeros_like(p), where=p > 0)
    h = np.squeeze(-np.sum(p * logp, axis=-1) / np.log(base))
    return float(h) if h.ndim == 0 else h
