"""-log σ(z) = softplus(-z), written with np.where on the sign of z and einsum for the scores."""

import numpy as np


def _softplus(z):
    """log(1 + e^z) without overflow: z + log1p(e^-z) for z > 0, log1p(e^z) otherwise."""
    return np.where(z > 0, z + np.log1p(np.exp(-np.abs(z))), np.log1p(np.exp(np.minimum(z, 0))))


def negative_sampling_loss(center: np.ndarray, context: np.ndarray, negatives: np.ndarray) -> float:
    context_score = np.einsum("d,d->", context, center)
    negative_scores = np.einsum("kd,d->k", negatives, center)
    return float(_softplus(-context_score) + _softplus(negative_scores).sum())
