"""Correct but far too slow: the definition, one Python loop per axis of the output."""

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
    out = np.zeros((n, co, oh, ow), dtype=np.result_type(x, w))
    for m in range(n):
        for o in range(co):
            for i in range(oh):
                for j in range(ow):
                    window = xp[m, :, i * sh : i * sh + kh, j * sw : j * sw + kw]
                    out[m, o, i, j] = np.sum(window * w[o]) + (0.0 if b is None else b[o])
    return out
