"""Only the negative words' terms."""

import numpy as np

MISTAKES = "context_term_left_out"


def negative_sampling_loss(center: np.ndarray, context: np.ndarray, negatives: np.ndarray) -> float:
    scores = -(negatives @ center)
    return float(np.sum(np.logaddexp(0.0, -scores)))
