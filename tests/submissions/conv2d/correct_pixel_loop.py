"""Correct but slow: a Python loop over the output pixels, one matrix product per pixel.

Each step multiplies the window of every image of the batch by every kernel at
once, so the loop runs H'·W' times (1024 on the bench input) instead of
N·C_out·H'·W', and still costs far more than its arithmetic.
"""

import numpy as np

EXPECTED_STATUS = "slow"


def conv2d(x, w, b=None, stride=1, padding=0):
    sh, sw = (stride, stride) if isinstance(stride, int) else stride
    ph, pw = (padding, padding) if isinstance(padding, int) else padding
    n, c, h, wd = x.shape
    co, ci, kh, kw = w.shape
    if c != ci:
        raise ValueError("channel mismatch")
    oh = (h + 2 * ph - kh) // sh + 1
    ow = (wd + 2 * pw - kw) // sw + 1
    if oh < 1 or ow < 1:
        raise ValueError("the kernel is larger than the padded input")
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    kernels = w.reshape(co, -1).T  # (C_in·K_h·K_w, C_out)
    out = np.empty((n, co, oh, ow), dtype=np.result_type(x, w))
    for i in range(oh):
        for j in range(ow):
            window = xp[:, :, i * sh : i * sh + kh, j * sw : j * sw + kw]
            out[:, :, i, j] = window.reshape(n, -1) @ kernels
    if b is not None:
        out += b[:, None, None]
    return out
