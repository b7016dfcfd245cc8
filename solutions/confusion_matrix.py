"""Reference solution of the confusion_matrix kata."""

import numpy as np


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, n_classes: int | None = None) -> np.ndarray:
    """Confusion matrix of integer class labels, in scikit-learn's layout.

    Parameters
    ----------
    y_true : ndarray of shape (n,)
        True class ids, integers >= 0.
    y_pred : ndarray of shape (n,)
        Predicted class ids, integers >= 0.
    n_classes : int or None, default None
        The number of classes k; None takes 1 + the largest label of y_true and y_pred.

    Returns
    -------
    ndarray of shape (k, k), integer dtype
        result[i, j] counts the samples of true class i predicted as class j (rows are
        true classes, columns predicted ones, as sklearn.metrics.confusion_matrix).

    Raises
    ------
    ValueError
        When y_true and y_pred differ in length, a label is negative or at least
        n_classes, or the input is empty and n_classes is None (scikit-learn refuses
        empty input).
    """
    if y_true.shape != y_pred.shape:
        raise ValueError(f"y_true has shape {y_true.shape} but y_pred has shape {y_pred.shape}")
    if y_true.size == 0:
        if n_classes is None:
            raise ValueError("empty input has no largest label: pass n_classes")
    else:
        lowest = min(y_true.min(), y_pred.min())
        highest = max(y_true.max(), y_pred.max())
        if n_classes is None:
            n_classes = int(highest) + 1
        if lowest < 0 or highest >= n_classes:
            raise ValueError(f"labels must lie in [0, {n_classes})")
    # Each (true, predicted) pair is one cell of the flattened k x k matrix: count the cells.
    cells = y_true.astype(np.int64) * n_classes + y_pred
    return np.bincount(cells, minlength=n_classes * n_classes).reshape(n_classes, n_classes)
