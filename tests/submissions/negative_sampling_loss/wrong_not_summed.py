"""One loss per negative: the negatives' terms are never summed."""

import numpy as np

MISTAKES = "negative_terms_not_summed"


def negative_sampling_loss(center: np.ndarray, context: np.ndarray, negatives: np.ndarray) -> float:
    return np.logaddexp(0.0, -(context @ center)) + np.logaddexp(0.0, negatives @ center)
