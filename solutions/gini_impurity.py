"""Reference solution of the gini_impurity kata."""

import numpy as np


def gini_impurity(labels: np.ndarray) -> float:
    """Gini impurity 1 − Σ pᵢ² of the class frequencies pᵢ of a label array.

    The impurity a CART decision tree minimises (Breiman et al. 1984; scikit-learn's
    criterion="gini"): the chance that two labels drawn with replacement differ.
    Labels may be any integers, negative or far apart: classes are the distinct
    values, counted by sorting (np.unique), so no array as long as the largest
    label is needed.

    Parameters
    ----------
    labels : ndarray of shape (n,)
        Integer class labels, any int dtype; n may be 0.

    Returns
    -------
    float
        In [0, 1 − 1/k] for k classes; 0.0 for an empty array. Raises nothing.
    """
    if labels.size == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    fractions = counts / labels.size
    return float(1.0 - np.sum(fractions**2))
