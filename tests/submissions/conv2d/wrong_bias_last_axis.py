"""Adds the bias as out + b, which lines b up with the width axis, not the channels."""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

MISTAKES = "bias_on_the_wrong_axis"


def conv2d(x, w, b=None, stride=1, padding=0):
    sh, sw = (stride, stride) if isinstance(stride, int) else stride
    ph, pw = (padding, padding) if isinstance(padding, int) else padding
    if x.shape[1] != w.shape[1]:
        raise ValueError("channel mismatch")
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    if xp.shape[2] < w.shape[2] or xp.shape[3] < w.shape[3]:
        raise ValueError("kernel larger than the padded input")
    windows = sliding_window_view(xp, w.shape[2:], axis=(2, 3))[:, :, ::sh, ::sw]
    out = np.einsum("nchwij,ocij->nohw", windows, w, optimize=True)
    if b is not None:
        out = out + b
    return out
