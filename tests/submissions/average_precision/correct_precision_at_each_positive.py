"""Correct: the mean over positives of the precision at their own score, ties included.

Each positive adds 1/n_pos of recall at the threshold of its score, where the precision
counts every sample scored at least as high (its tied ones too): Σ (Rₙ - Rₙ₋₁)·Pₙ.
"""

import numpy as np


def average_precision(y_true, scores):
    positive = y_true == 1
    if not positive.any():
        raise ValueError("average_precision needs at least one positive")
    ordered_all = np.sort(scores)
    ordered_positives = np.sort(scores[positive])
    at_least = scores[positive]
    samples_above = len(scores) - np.searchsorted(ordered_all, at_least, side="left")
    positives_above = len(ordered_positives) - np.searchsorted(ordered_positives, at_least, side="left")
    return float(np.mean(positives_above / samples_above))
