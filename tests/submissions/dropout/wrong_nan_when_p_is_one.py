"""Divides by 1 - p even when p = 1: 0/0 gives NaN instead of zeros."""

MISTAKES = "nan_when_p_is_one"


def dropout(x, p, rng, training=True):
    if p < 0.0 or p > 1.0:
        raise ValueError("p out of range")
    if not training:
        return x.copy()
    keep = rng.random(x.shape) >= p
    return x * keep / (1.0 - p)
