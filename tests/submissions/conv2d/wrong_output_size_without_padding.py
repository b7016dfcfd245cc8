"""Computes the output size from the unpadded image, then pads: the last rows and columns are lost."""

import numpy as np

MISTAKES = "output_size_formula_wrong"


def conv2d(x, w, b=None, stride=1, padding=0):
    sh, sw = (stride, stride) if isinstance(stride, int) else stride
    ph, pw = (padding, padding) if isinstance(padding, int) else padding
    n, c, h, wd = x.shape
    co, ci, kh, kw = w.shape
    if c != ci:
        raise ValueError("channel mismatch")
    if h + 2 * ph < kh or wd + 2 * pw < kw:
        raise ValueError("kernel larger than the padded input")
    out_h = (h - kh) // sh + 1
    out_w = (wd - kw) // sw + 1
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    out = np.zeros((n, co, out_h, out_w), dtype=x.dtype)
    for i in range(out_h):
        for j in range(out_w):
            window = xp[:, :, i * sh : i * sh + kh, j * sw : j * sw + kw]
            out[:, :, i, j] = np.tensordot(window, w, axes=([1, 2, 3], [1, 2, 3]))
    if b is not None:
        out += b[:, None, None]
    return out
