"""Right: the dot products first, then divided by the outer product of the clamped norms."""

import numpy as np


def cosine_similarity(A, B, eps=1e-8):
    norms_a = np.maximum(np.linalg.norm(A, axis=1), eps)
    norms_b = np.maximum(np.linalg.norm(B, axis=1), eps)
    return (A @ B.T) / np.outer(norms_a, norms_b)
