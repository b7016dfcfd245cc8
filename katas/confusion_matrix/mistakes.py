"""Mistake models of the confusion_matrix kata: what a learner who makes each mistake returns.

Each function takes confusion_matrix's arguments and computes the wrong answer
that mistake gives (or raises what it raises). The harness names a mistake only
when a learner's answer matches its model on a failing test's input; an integer
matrix matches only when every count is the same.
"""

import numpy as np

from harness.diagnosis import mistake


def _checked(y_true, y_pred, n_classes):
    """The inputs as arrays and k, with every check of the reference."""
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.shape != y_pred.shape:
        raise ValueError("y_true and y_pred differ in length")
    if n_classes is None:
        if y_true.size == 0:
            raise ValueError("empty input")
        n_classes = int(max(y_true.max(), y_pred.max())) + 1
    if y_true.size and (min(y_true.min(), y_pred.min()) < 0 or max(y_true.max(), y_pred.max()) >= n_classes):
        raise ValueError("label out of range")
    return y_true, y_pred, n_classes


def _counts(y_true, y_pred, n_classes):
    matrix = np.zeros((n_classes, n_classes), dtype=np.int64)
    np.add.at(matrix, (y_true, y_pred), 1)
    return matrix


@mistake(
    "your rows are the predicted classes and your columns the true ones: scikit-learn's "
    "layout (and the kata's) puts true classes on rows, result[true, predicted]"
)
def rows_are_predictions(y_true, y_pred, n_classes=None):
    y_true, y_pred, n_classes = _checked(y_true, y_pred, n_classes)
    return _counts(y_true, y_pred, n_classes).T


@mistake(
    "you count with matrix[y_true, y_pred] += 1, which adds 1 once per distinct cell: a "
    "fancy-indexed += drops repeated pairs; use np.add.at or np.bincount"
)
def repeated_pairs_counted_once(y_true, y_pred, n_classes=None):
    y_true, y_pred, n_classes = _checked(y_true, y_pred, n_classes)
    matrix = np.zeros((n_classes, n_classes), dtype=np.int64)
    matrix[y_true, y_pred] += 1
    return matrix


@mistake(
    "you size the matrix from y_true alone: a predicted class may be larger than every true "
    "one, so k is 1 + the largest label of y_true AND y_pred"
)
def size_from_y_true_only(y_true, y_pred, n_classes=None):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if n_classes is None:
        y_true_, y_pred_, _ = _checked(y_true, y_pred, None)
        return _counts(y_true_, y_pred_, int(y_true.max()) + 1)  # raises IndexError past it
    return _counts(*_checked(y_true, y_pred, n_classes))


@mistake(
    "you drop samples whose label is outside [0, n_classes) (as scikit-learn does with "
    "labels=): the kata asks for ValueError when a label is negative or n_classes or more"
)
def out_of_range_labels_dropped(y_true, y_pred, n_classes=None):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.shape != y_pred.shape:
        raise ValueError("y_true and y_pred differ in length")
    if n_classes is None:
        if y_true.size == 0:
            raise ValueError("empty input")
        n_classes = int(max(y_true.max(), y_pred.max())) + 1
    keep = (y_true >= 0) & (y_true < n_classes) & (y_pred >= 0) & (y_pred < n_classes)
    return _counts(*_checked(y_true[keep], y_pred[keep], n_classes))


@mistake(
    "you do not check the labels: a negative one silently counts in the last row or column "
    "(index -1) and one of n_classes or more raises IndexError; raise ValueError for both"
)
def labels_not_checked(y_true, y_pred, n_classes=None):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.shape != y_pred.shape:
        raise ValueError("y_true and y_pred differ in length")
    if n_classes is None:
        if y_true.size == 0:
            raise ValueError("empty input")
        n_classes = int(max(y_true.max(), y_pred.max())) + 1
    return _counts(y_true, y_pred, n_classes)


@mistake(
    "you pair the labels without checking the lengths (zip stops at the shorter): y_true "
    "and y_pred of different lengths must raise ValueError, as in scikit-learn"
)
def lengths_not_checked(y_true, y_pred, n_classes=None):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    n = min(len(y_true), len(y_pred))
    return _counts(*_checked(y_true[:n], y_pred[:n], n_classes))


@mistake(
    "you count in a small integer dtype, whose counts wrap around (uint8 holds 0 to 255: 300 "
    "samples in one cell give 44); count in int64, the dtype np.bincount returns",
    dtype=(np.uint8, np.int8, np.uint16, np.int16),
)
def counts_wrap_in_a_small_integer_dtype(y_true, y_pred, n_classes=None, dtype=np.uint8):
    return _counts(*_checked(y_true, y_pred, n_classes)).astype(dtype)  # the cast wraps as += does


@mistake(
    "your matrix holds floats (np.zeros defaults to float64): counts are integers, so build "
    "it with dtype=np.int64 or count with np.bincount"
)
def counts_in_a_float_matrix(y_true, y_pred, n_classes=None):
    return _counts(*_checked(y_true, y_pred, n_classes)).astype(np.float64)
