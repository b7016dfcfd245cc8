"""Drops the zeros with a boolean mask, which flattens a batch: one number for all rows."""

import numpy as np

MISTAKES = "whole_batch_summed"


def entropy(p, base=2.0):
    nonzero = p[p > 0]
    return float(-np.sum(nonzero * np.log2(nonzero)) / np.log2(base))
