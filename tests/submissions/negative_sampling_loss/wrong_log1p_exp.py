"""-log σ(z) as log1p(exp(-z)): exp overflows for z below -709."""

import numpy as np

MISTAKES = "unstable_log_sigmoid"


def negative_sampling_loss(center: np.ndarray, context: np.ndarray, negatives: np.ndarray) -> float:
    pos_score = context @ center
    neg_scores = negatives @ center
    return float(np.log1p(np.exp(-pos_score)) + np.log1p(np.exp(neg_scores)).sum())
