"""Starts the running maximum from np.zeros: a window of negative values gives 0."""

import numpy as np

MISTAKES = "maximum_starts_at_zero"


def max_pool2d(x, kernel, stride=None):
    kh, kw = (kernel, kernel) if isinstance(kernel, int) else kernel
    sh, sw = (kh, kw) if stride is None else ((stride, stride) if isinstance(stride, int) else stride)
    n, c, h, w = x.shape
    if kh > h or kw > w:
        raise ValueError("kernel larger than the input")
    oh, ow = (h - kh) // sh + 1, (w - kw) // sw + 1
    out = np.zeros((n, c, oh, ow), dtype=x.dtype)
    for p in range(kh):
        for q in range(kw):
            np.maximum(out, x[:, :, p : p + sh * (oh - 1) + 1 : sh, q : q + sw * (ow - 1) + 1 : sw], out=out)
    return out
