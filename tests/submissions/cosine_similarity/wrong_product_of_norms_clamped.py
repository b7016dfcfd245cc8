"""Subtle: clamps the product of the norms (PyTorch before 1.12). Zero rows still give 0, and
random rows are right; only rows with small norms come out wrong."""

import numpy as np

MISTAKES = "product_of_norms_clamped"


def cosine_similarity(A, B, eps=1e-8):
    norms_a = np.linalg.norm(A, axis=1)
    norms_b = np.linalg.norm(B, axis=1)
    return A @ B.T / np.maximum(np.outer(norms_a, norms_b), eps)
