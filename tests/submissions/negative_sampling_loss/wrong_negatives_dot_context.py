"""Negatives scored against the context vector instead of the center."""

import numpy as np

MISTAKES = "negatives_dotted_with_the_context"


def negative_sampling_loss(center: np.ndarray, context: np.ndarray, negatives: np.ndarray) -> float:
    pos = np.logaddexp(0.0, -(center @ context))
    neg = np.logaddexp(0.0, negatives @ context)
    return float(pos + neg.sum())
