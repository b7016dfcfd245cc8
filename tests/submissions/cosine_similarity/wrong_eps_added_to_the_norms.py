"""Adds eps to each norm to avoid dividing by zero: within 1e-8 on ordinary rows, far off on small ones."""

import numpy as np

MISTAKES = "eps_added_to_the_norms"


def cosine_similarity(A, B, eps=1e-8):
    unit_a = A / (np.sqrt((A**2).sum(axis=1, keepdims=True)) + eps)
    unit_b = B / (np.sqrt((B**2).sum(axis=1, keepdims=True)) + eps)
    return unit_a @ unit_b.T
