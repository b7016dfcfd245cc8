"""The negatives' terms averaged, not summed."""

import numpy as np

MISTAKES = "mean_over_the_negatives"


def negative_sampling_loss(center: np.ndarray, context: np.ndarray, negatives: np.ndarray) -> float:
    positive_term = np.logaddexp(0, -np.dot(context, center))
    negative_terms = np.logaddexp(0, negatives @ center)
    return float(positive_term + negative_terms.mean())
