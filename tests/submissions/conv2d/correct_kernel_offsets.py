"""One loop step per kernel tap (K_h·K_w of them): each adds a shifted, strided slice times w[:, :, p, q]."""

import numpy as np


def conv2d(x, w, b=None, stride=1, padding=0):
    sh, sw = (stride, stride) if isinstance(stride, int) else stride
    ph, pw = (padding, padding) if isinstance(padding, int) else padding
    n, c, h, wd = x.shape
    co, ci, kh, kw = w.shape
    if c != ci:
        raise ValueError("x and w have different numbers of input channels")
    oh = (h + 2 * ph - kh) // sh + 1
    ow = (wd + 2 * pw - kw) // sw + 1
    if oh < 1 or ow < 1:
        raise ValueError("the kernel is larger than the padded input")
    xp = np.zeros((n, c, h + 2 * ph, wd + 2 * pw), dtype=x.dtype)
    xp[:, :, ph : ph + h, pw : pw + wd] = x
    out = np.zeros((n, co, oh * ow), dtype=np.result_type(x, w))
    for p in range(kh):
        for q in range(kw):
            tap = xp[:, :, p : p + sh * (oh - 1) + 1 : sh, q : q + sw * (ow - 1) + 1 : sw]
            out += w[:, :, p, q] @ tap.reshape(n, c, oh * ow)  # (C_out, C_in) @ (N, C_in, H'W')
    out = out.reshape(n, co, oh, ow)
    if b is not None:
        out += b.reshape(co, 1, 1)
    return out
