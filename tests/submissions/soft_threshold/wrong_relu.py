"""Shrinks like a ReLU: max(w - lam, 0), so every negative weight becomes 0."""

import numpy as np

MISTAKES = "negative_weights_zeroed"


def soft_threshold(w, lam):
    return np.maximum(w - lam, 0.0)
