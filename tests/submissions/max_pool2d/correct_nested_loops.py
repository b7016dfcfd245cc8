"""Correct but far too slow: one Python loop per axis of the output, a max per window."""

import numpy as np

EXPECTED_STATUS = "slow"


def max_pool2d(x, kernel, stride=None):
    kh, kw = (kernel, kernel) if isinstance(kernel, int) else kernel
    sh, sw = (kh, kw) if stride is None else ((stride, stride) if isinstance(stride, int) else stride)
    n, c, h, w = x.shape
    if kh > h or kw > w:
        raise ValueError("kernel larger than the input")
    oh, ow = (h - kh) // sh + 1, (w - kw) // sw + 1
    out = np.empty((n, c, oh, ow), dtype=x.dtype)
    for m in range(n):
        for k in range(c):
            for i in range(oh):
                for j in range(ow):
                    out[m, k, i, j] = x[m, k, i * sh : i * sh + kh, j * sw : j * sw + kw].max()
    return out
