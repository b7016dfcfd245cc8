"""Written without reading the hidden tests: the textbook formula, no eps at all."""

import numpy as np

MISTAKES = "norms_not_clamped"


def cosine_similarity(A, B, eps=1e-8):
    dots = A @ B.T
    norms = np.linalg.norm(A, axis=1)[:, None] * np.linalg.norm(B, axis=1)[None, :]
    return dots / norms
