"""Reference solution of the precision_recall_f1 kata."""

import numpy as np


def precision_recall_f1(y_true: np.ndarray, y_pred: np.ndarray) -> tuple[float, float, float]:
    """Precision, recall and F1 of binary labels, positive class 1.

    As sklearn.metrics.precision_recall_fscore_support(y_true, y_pred, average="binary",
    zero_division=0): precision = TP / (TP + FP), recall = TP / (TP + FN) and
    F1 = 2·precision·recall / (precision + recall) = 2·TP / (2·TP + FP + FN); any 0/0 gives 0.0.

    Parameters
    ----------
    y_true : ndarray of shape (n,)
        True labels, 0 or 1, as ints or floats.
    y_pred : ndarray of shape (n,)
        Predicted labels, 0 or 1, as ints or floats.

    Returns
    -------
    (precision, recall, f1) : tuple of three Python floats, each in [0, 1]

    Raises
    ------
    ValueError
        When y_true and y_pred differ in shape (scikit-learn refuses them too).
    """
    if y_true.shape != y_pred.shape:
        raise ValueError(f"y_true has shape {y_true.shape} but y_pred has shape {y_pred.shape}")
    actual, predicted = y_true == 1, y_pred == 1
    # np.sum of booleans, as most solutions count; np.count_nonzero is faster still, and the
    # timing's bar is set by this common form.
    true_positives = int(np.sum(actual & predicted))
    predicted_positives = int(np.sum(predicted))  # TP + FP
    actual_positives = int(np.sum(actual))  # TP + FN
    precision = true_positives / predicted_positives if predicted_positives else 0.0
    recall = true_positives / actual_positives if actual_positives else 0.0
    # 2·TP / (2·TP + FP + FN): scikit-learn's form, equal to 2pr/(p + r) and 0 when TP = 0.
    f1 = 2 * true_positives / (predicted_positives + actual_positives) if true_positives else 0.0
    return precision, recall, f1
