"""A loop over output pixels whose window starts at (i, j), not (i * stride, j * stride)."""

import numpy as np

MISTAKES = "stride_not_applied_to_the_window"


def conv2d(x, w, b=None, stride=1, padding=0):
    sh, sw = (stride, stride) if np.isscalar(stride) else stride
    ph, pw = (padding, padding) if np.isscalar(padding) else padding
    n, c, h, wd = x.shape
    co, ci, kh, kw = w.shape
    if c != ci:
        raise ValueError("x and w disagree on the number of input channels")
    h_out = (h + 2 * ph - kh) // sh + 1
    w_out = (wd + 2 * pw - kw) // sw + 1
    if h_out < 1 or w_out < 1:
        raise ValueError("kernel larger than the padded input")
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    weights = w.reshape(co, -1)
    out = np.empty((n, co, h_out, w_out), dtype=np.result_type(x, w))
    for i in range(h_out):
        for j in range(w_out):
            window = xp[:, :, i : i + kh, j : j + kw]
            out[:, :, i, j] = window.reshape(n, -1) @ weights.T
    if b is not None:
        out += b[:, None, None]
    return out
