"""Reference solution of the average_precision kata."""

import numpy as np


def average_precision(y_true: np.ndarray, scores: np.ndarray) -> float:
    """Average precision, Σ (R_n - R_{n-1}) · P_n, as scikit-learn's average_precision_score.

    Each distinct score is one threshold (tied scores form one), taken from the highest
    down; P_n and R_n are the precision and recall of predicting positive every sample
    scored at least that threshold, and R_0 = 0. No interpolation: this is not the
    trapezoidal area under the precision-recall curve, nor the interpolated precision of
    PASCAL VOC. The sum only gets a term where recall grows, at thresholds that hold
    positives. Grouping by distinct score is a sort: O(n log n).

    Parameters
    ----------
    y_true : ndarray of shape (n,)
        Labels 0 (negative) and 1 (positive), as ints or floats.
    scores : ndarray of shape (n,)
        Scores, float64 or float32; higher means more likely positive.

    Returns
    -------
    float
        The average precision, in (0, 1], as a Python float.

    Raises
    ------
    ValueError
        If y_true holds no positive (scikit-learn warns and returns 0 there instead).
    """
    positive = np.asarray(y_true) == 1
    n_pos = np.count_nonzero(positive)
    if n_pos == 0:
        raise ValueError("average_precision needs at least one positive in y_true")
    # threshold[i]: the rank of sample i's score among the distinct scores, highest first.
    _, threshold = np.unique(-np.asarray(scores), return_inverse=True)
    true_positives = np.cumsum(np.bincount(threshold, weights=positive))
    predicted_positive = np.cumsum(np.bincount(threshold))
    precision = true_positives / predicted_positive
    recall_step = np.diff(true_positives, prepend=0) / n_pos
    return float(np.sum(recall_step * precision))
