"""Pads only the top and the left of each image: np.pad's (before, after) given as (P, 0)."""

import numpy as np

MISTAKES = "padding_on_one_side"


def conv2d(x, w, b=None, stride=1, padding=0):
    if isinstance(stride, int):
        stride = (stride, stride)
    if isinstance(padding, int):
        padding = (padding, padding)
    n, c, h, wd = x.shape
    c_out, c_in, kh, kw = w.shape
    if c != c_in:
        raise ValueError("channel mismatch")
    xp = np.pad(x, ((0, 0), (0, 0), (padding[0], 0), (padding[1], 0)))
    oh = (xp.shape[2] - kh) // stride[0] + 1
    ow = (xp.shape[3] - kw) // stride[1] + 1
    if oh < 1 or ow < 1:
        raise ValueError("output smaller than 1")
    out = np.zeros((n, c_out, oh, ow), dtype=x.dtype)
    rows, cols = stride[0] * (oh - 1) + 1, stride[1] * (ow - 1) + 1
    for p in range(kh):
        for q in range(kw):
            patch = xp[:, :, p : p + rows : stride[0], q : q + cols : stride[1]]
            out += np.einsum("nchw,oc->nohw", patch, w[:, :, p, q])
    if b is not None:
        out += b[:, None, None]
    return out
