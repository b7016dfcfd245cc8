"""Log-sum-exp without its max term: subtracts log Σ exp(x - m) from x, not from x - m."""

import numpy as np

MISTAKES = "max_not_added_back"


def log_softmax(x, axis=-1):
    m = np.max(x, axis=axis, keepdims=True)
    log_sum_exp = np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True))
    return x - log_sum_exp
