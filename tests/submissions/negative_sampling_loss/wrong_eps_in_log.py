"""log(sigmoid + 1e-7) to avoid log(0)."""

import numpy as np

MISTAKES = "log_of_sigmoid_plus_epsilon"


def negative_sampling_loss(center: np.ndarray, context: np.ndarray, negatives: np.ndarray) -> float:
    eps = 1e-7
    sig_pos = 1.0 / (1.0 + np.exp(-(context @ center)))
    sig_neg = 1.0 / (1.0 + np.exp(negatives @ center))
    return float(-np.log(sig_pos + eps) - np.sum(np.log(sig_neg + eps)))
