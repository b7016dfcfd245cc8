"""log σ(u_k·v_c) for the negatives: the minus sign forgotten."""

import numpy as np

MISTAKES = "negatives_without_the_minus_sign"


def negative_sampling_loss(center: np.ndarray, context: np.ndarray, negatives: np.ndarray) -> float:
    def log_sigmoid(z):
        return -np.logaddexp(0.0, -z)

    return float(-log_sigmoid(context @ center) - np.sum(log_sigmoid(negatives @ center)))
