"""Reference solution of the information_gain kata."""

import numpy as np


def _entropy_bits(labels: np.ndarray) -> float:
    """Base-2 entropy of the label frequencies; 0.0 for no labels (an empty sum)."""
    _, counts = np.unique(labels, return_counts=True)
    fractions = counts / labels.size  # only labels that occur: no 0·log 0
    return float(-np.sum(fractions * np.log2(fractions)))


def information_gain(parent: np.ndarray, children: list[np.ndarray]) -> float:
    """Information gain of splitting parent into children, in bits.

    IG = H(parent) − Σᵥ (|Sᵥ|/|S|)·H(Sᵥ) with H the base-2 entropy of the label
    frequencies (Quinlan's ID3, 1986; scikit-learn's criterion="entropy" scores
    a split by the same decrease of impurity).

    Parameters
    ----------
    parent : ndarray of shape (n,)
        Integer labels of the node, any integers; n ≥ 1.
    children : list of ndarrays of shape (n_v,)
        Label arrays that partition parent; any may be empty.

    Returns
    -------
    float
        The gain in bits, between 0 and H(parent).

    Raises
    ------
    ValueError
        If parent is empty.
    """
    if parent.size == 0:
        raise ValueError("the parent node has no labels: its entropy is undefined")
    weighted = sum(child.size / parent.size * _entropy_bits(child) for child in children)
    return _entropy_bits(parent) - weighted
