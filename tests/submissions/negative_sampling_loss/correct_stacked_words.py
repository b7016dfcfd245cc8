"""The context vector stacked on top of the negatives, one matrix product, labels +1 and -1."""

import numpy as np


def negative_sampling_loss(center: np.ndarray, context: np.ndarray, negatives: np.ndarray) -> float:
    words = np.vstack([context, negatives])
    signs = np.full(len(words), -1.0)
    signs[0] = 1.0
    scores = signs * (words @ center)  # the context word's score, then minus each negative's
    return float(np.sum(np.logaddexp(0.0, -scores)))
