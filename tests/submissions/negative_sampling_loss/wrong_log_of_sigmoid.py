"""Subtle: np.log of a sigmoid: exact for ordinary vectors, inf once a dot product reaches -1000."""

import numpy as np

MISTAKES = "unstable_log_sigmoid"


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def negative_sampling_loss(center: np.ndarray, context: np.ndarray, negatives: np.ndarray) -> float:
    positive = np.log(sigmoid(np.dot(context, center)))
    negative = np.sum(np.log(sigmoid(-np.dot(negatives, center))))
    return float(-(positive + negative))
