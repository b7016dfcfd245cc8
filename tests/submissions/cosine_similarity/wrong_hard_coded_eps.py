"""Clamps each norm separately, but at a hard-coded 1e-8 instead of the eps argument."""

import numpy as np

MISTAKES = "eps_argument_ignored"


def cosine_similarity(A, B, eps=1e-8):
    norms_a = np.maximum(np.sqrt(np.sum(A * A, axis=1)), 1e-8)
    norms_b = np.maximum(np.sqrt(np.sum(B * B, axis=1)), 1e-8)
    return (A @ B.T) / (norms_a[:, None] * norms_b[None, :])
