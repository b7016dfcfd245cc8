"""Correct but slow: the weight's shape as a NumPy array, multiplied out with np.prod.

NumPy calls on single numbers cost more than the arithmetic: 11.6-22.7x the reference
(benchmarks/submission_ratios.py), so timing judges it slow.
"""

import numpy as np

EXPECTED_STATUS = "slow"


def conv_params(kernel_size, in_channels, out_channels, bias=True, groups=1):
    kernel = np.broadcast_to(np.asarray(kernel_size), (2,))
    sizes = np.array([*kernel, in_channels, out_channels, groups])
    if (sizes < 1).any():
        raise ValueError("groups, kernel sides and channel counts must be at least 1")
    if in_channels % groups or out_channels % groups:
        raise ValueError("groups must divide both channel counts")
    weights = np.prod([out_channels, in_channels // groups, *kernel.tolist()])
    return int(weights) + (out_channels if bias else 0)
