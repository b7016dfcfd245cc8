"""Correct: one table of counts, children by classes, with no loop over the children's labels;
H(S) = log2 n - (1/n) Σ c log2 c, so each child's weighted entropy is a row sum."""

import numpy as np


def _c_log2_c(counts):
    return counts * np.log2(np.where(counts > 0, counts, 1))


def information_gain(parent, children):
    n = parent.size
    if n == 0:
        raise ValueError("the parent has no labels")
    sizes = np.array([child.size for child in children])
    _, classes = np.unique(np.concatenate([parent, *children]), return_inverse=True)
    table = np.zeros((len(children), classes.max() + 1))
    np.add.at(table, (np.repeat(np.arange(len(children)), sizes), classes[n:]), 1)
    parent_counts = np.bincount(classes[:n]).astype(float)
    parent_entropy = np.log2(n) - _c_log2_c(parent_counts).sum() / n
    # Σ (n_v/n) H(S_v) = (1/n) Σ_v (n_v log2 n_v - Σ_c c log2 c)
    children_entropy = (_c_log2_c(sizes.astype(float)).sum() - _c_log2_c(table).sum()) / n
    return float(parent_entropy - children_entropy)
