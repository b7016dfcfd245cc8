"""-log sigmoid written as softplus, log(1 + e^z) - z*y, without taking the max out: e^1000 = inf."""

import numpy as np

MISTAKES = "softplus_overflows"


def bce_with_logits(y_true, logits):
    y = np.asarray(y_true, dtype=np.float64)
    z = np.asarray(logits, dtype=np.float64)
    return float(np.mean(np.log(1 + np.exp(z)) - z * y))
