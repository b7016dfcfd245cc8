"""Correct: the log-sum-exp by np.logaddexp.reduce, which handles the shift (and -inf) itself."""

import numpy as np

# np.logaddexp.reduce takes a log and an exp per pair of entries: timed at 3.5-12x the
# reference (10 runs at 32 x 1000, machine loaded), about 5x alone: max_ratio 5 lies inside its range
EXPECTED_STATUS = ("pass", "slow")


def log_softmax(x, axis=-1):
    return x - np.logaddexp.reduce(x, axis=axis, keepdims=True)
