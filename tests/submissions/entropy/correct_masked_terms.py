"""Correct: fill a zero array with -p·log p only where p > 0, then sum the last axis."""

import math

import numpy as np


def entropy(p, base=2.0):
    terms = np.zeros(p.shape, dtype=np.result_type(p, np.float32))
    positive = p > 0
    terms[positive] = -p[positive] * np.log(p[positive])
    h = terms.sum(axis=-1) / math.log(base)
    return h.item() if h.ndim == 0 else h
