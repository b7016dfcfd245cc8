"""Starts from the first tap, a view of x, and maximises the others into new arrays: a 1x1 kernel
has no other tap, so x itself (a strided view of it) comes back."""

import numpy as np

MISTAKES = "returns_input"


def max_pool2d(x, kernel, stride=None):
    kh, kw = (kernel, kernel) if isinstance(kernel, int) else kernel
    sh, sw = (kh, kw) if stride is None else ((stride, stride) if isinstance(stride, int) else stride)
    n, c, h, w = x.shape
    if kh > h or kw > w:
        raise ValueError("kernel larger than the input")
    oh, ow = (h - kh) // sh + 1, (w - kw) // sw + 1
    rows, cols = sh * (oh - 1) + 1, sw * (ow - 1) + 1
    out = x[:, :, :rows:sh, :cols:sw]
    for p in range(kh):
        for q in range(kw):
            if p or q:
                out = np.maximum(out, x[:, :, p : p + rows : sh, q : q + cols : sw])
    return out
