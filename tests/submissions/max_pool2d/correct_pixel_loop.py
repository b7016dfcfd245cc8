"""A Python loop over the output pixels, each step pooling one window of every image and channel.

The loop runs H'·W' times (256 on the bench input), each step a vectorised max
over (N, C, K_h, K_w): as fast as the reference's reduction, so it passes.
"""

import numpy as np


def max_pool2d(x, kernel, stride=None):
    kh, kw = (kernel, kernel) if isinstance(kernel, int) else kernel
    sh, sw = (kh, kw) if stride is None else ((stride, stride) if isinstance(stride, int) else stride)
    n, c, h, w = x.shape
    if kh > h or kw > w:
        raise ValueError("kernel larger than the input")
    oh, ow = (h - kh) // sh + 1, (w - kw) // sw + 1
    out = np.empty((n, c, oh, ow), dtype=x.dtype)
    for i in range(oh):
        for j in range(ow):
            out[:, :, i, j] = x[:, :, i * sh : i * sh + kh, j * sw : j * sw + kw].max(axis=(2, 3))
    return out
