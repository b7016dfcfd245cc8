"""np.maximum over the K_h·K_w strided slices of x, one per position in the window."""

import numpy as np


def max_pool2d(x, kernel, stride=None):
    kh, kw = (kernel, kernel) if isinstance(kernel, int) else kernel
    sh, sw = (kh, kw) if stride is None else ((stride, stride) if isinstance(stride, int) else stride)
    n, c, h, w = x.shape
    if kh > h or kw > w:
        raise ValueError("kernel larger than the input")
    oh, ow = (h - kh) // sh + 1, (w - kw) // sw + 1
    taps = [
        x[:, :, p : p + sh * (oh - 1) + 1 : sh, q : q + sw * (ow - 1) + 1 : sw]
        for p in range(kh)
        for q in range(kw)
    ]
    return np.maximum.reduce(taps)
