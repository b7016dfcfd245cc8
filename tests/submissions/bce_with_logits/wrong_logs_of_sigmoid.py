"""The sigmoid, then the BCE of probabilities: sigmoid(1000) is exactly 1 and log(1 - 1) = -inf."""

import numpy as np

MISTAKES = "logs_of_the_sigmoid"


def bce_with_logits(y_true, logits):
    y = np.asarray(y_true, dtype=np.float64)
    p = 1.0 / (1.0 + np.exp(-np.asarray(logits, dtype=np.float64)))
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
