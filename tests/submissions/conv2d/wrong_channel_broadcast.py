"""Multiplies each window by all kernels with broadcasting: a one-channel kernel or image broadcasts."""

import numpy as np

MISTAKES = "channel_mismatch_broadcast"


def conv2d(x, w, b=None, stride=1, padding=0):
    sh, sw = (stride, stride) if isinstance(stride, int) else stride
    ph, pw = (padding, padding) if isinstance(padding, int) else padding
    n, c, h, wd = x.shape
    co, ci, kh, kw = w.shape
    oh = (h + 2 * ph - kh) // sh + 1
    ow = (wd + 2 * pw - kw) // sw + 1
    if oh < 1 or ow < 1:
        raise ValueError("output smaller than 1")
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    out = np.zeros((n, co, oh, ow), dtype=np.result_type(x, w))
    for i in range(oh):
        for j in range(ow):
            window = xp[:, None, :, i * sh : i * sh + kh, j * sw : j * sw + kw]  # (N, 1, C, kh, kw)
            out[:, :, i, j] = np.sum(window * w[None], axis=(2, 3, 4))
    if b is not None:
        out += b[:, None, None]
    return out
