"""Sums shifted slices into np.zeros((N, C_out, H', W')): an output size of 0 gives an empty array."""

import numpy as np

MISTAKES = "empty_output_not_rejected"


def conv2d(x, w, b=None, stride=1, padding=0):
    sh, sw = (stride, stride) if isinstance(stride, int) else stride
    ph, pw = (padding, padding) if isinstance(padding, int) else padding
    n, c, h, wd = x.shape
    co, ci, kh, kw = w.shape
    if c != ci:
        raise ValueError("channel mismatch")
    oh = (h + 2 * ph - kh) // sh + 1
    ow = (wd + 2 * pw - kw) // sw + 1
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    out = np.zeros((n, co, oh, ow), dtype=np.result_type(x, w))
    for p in range(kh):
        for q in range(kw):
            patch = xp[:, :, p : p + sh * (oh - 1) + 1 : sh, q : q + sw * (ow - 1) + 1 : sw]
            out += np.einsum("nchw,oc->nohw", patch, w[:, :, p, q])
    if b is not None:
        out += b[:, None, None]
    return out
