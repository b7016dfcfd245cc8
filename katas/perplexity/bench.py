"""Bench input of the perplexity kata: logits (size, 1000) and the true token ids (size,)."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    vocabulary = 1000
    logits = rng.normal(scale=5.0, size=(size, vocabulary))
    return (logits, rng.integers(0, vocabulary, size=size)), {}
