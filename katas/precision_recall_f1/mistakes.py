"""Mistake models of the precision_recall_f1 kata: what a learner who makes each mistake returns.

Each function takes precision_recall_f1's arguments and computes the wrong
(precision, recall, f1) that mistake gives (or raises what it raises). The
harness names a mistake only when a learner's answer matches its model on a
failing test's input. A 0/0 is NaN with NumPy numbers and ZeroDivisionError
with Python ones: the models of a missing guard have both as variants.
"""

import numpy as np

from harness.diagnosis import mistake


def _counts(y_true, y_pred):
    """(TP, FP, FN) as Python ints, after the reference's length check."""
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.shape != y_pred.shape:
        raise ValueError("y_true and y_pred differ in shape")
    actual, predicted = y_true == 1, y_pred == 1
    return (
        int(np.sum(actual & predicted)),
        int(np.sum(~actual & predicted)),
        int(np.sum(actual & ~predicted)),
    )


def _ratio(numerator, denominator, zero_division):
    """numerator / denominator; at 0/0, 0.0 ("zero"), NaN ("nan") or ZeroDivisionError ("raise")."""
    if denominator:
        return numerator / denominator
    if zero_division == "raise":
        raise ZeroDivisionError("division by zero")
    return float("nan") if zero_division == "nan" else 0.0


def _scores(tp, fp, fn, guard_p_and_r="zero", guard_f1="zero"):
    precision = _ratio(tp, tp + fp, guard_p_and_r)
    recall = _ratio(tp, tp + fn, guard_p_and_r)
    return precision, recall, _ratio(2 * precision * recall, precision + recall, guard_f1)


@mistake(
    "you swapped precision and recall: precision divides TP by the predicted positives "
    "(TP + FP), recall by the actual positives (TP + FN)"
)
def precision_and_recall_swapped(y_true, y_pred):
    precision, recall, f1 = _scores(*_counts(y_true, y_pred))
    return recall, precision, f1


@mistake(
    "your F1 is the arithmetic mean (p + r)/2: F1 is the harmonic mean, 2·p·r/(p + r), "
    "which stays low when either of them is low"
)
def f1_as_arithmetic_mean(y_true, y_pred):
    precision, recall, _ = _scores(*_counts(y_true, y_pred))
    return precision, recall, (precision + recall) / 2


@mistake(
    "your F1 divides 0 by 0 when there is no true positive (2pr/(p + r) with p = r = 0, or "
    "2·TP/(2·TP + FP + FN) with no positive at all): F1 is 0.0 whenever TP is 0",
    zero_division=("nan", "raise"),
)
def f1_zero_division_not_guarded(y_true, y_pred, zero_division):
    return _scores(*_counts(y_true, y_pred), "zero", zero_division)


@mistake(
    "you divide without a guard: with no predicted positive (or no actual one) a ratio is "
    "0/0; scikit-learn's zero_division=0 makes any 0/0 give 0.0",
    zero_division=("nan", "raise"),
)
def zero_division_not_guarded(y_true, y_pred, zero_division):
    return _scores(*_counts(y_true, y_pred), zero_division, zero_division)


@mistake(
    "you combine the labels with & (bitwise and), which NumPy refuses on float labels: "
    "compare with 1 first (y_true == 1) and combine the booleans"
)
def bitwise_and_on_float_labels(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.shape != y_pred.shape:
        raise ValueError("y_true and y_pred differ in shape")
    tp = int(np.sum(y_true & y_pred))
    fp, fn = int(np.sum((1 - y_true) & y_pred)), int(np.sum(y_true & (1 - y_pred)))
    return _scores(tp, fp, fn)


@mistake(
    "you do not check that y_true and y_pred have the same length (a length-1 array "
    "broadcasts, zip stops at the shorter): raise ValueError, as scikit-learn does",
    how=("broadcast", "zip"),
)
def lengths_not_checked(y_true, y_pred, how):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if how == "zip":
        n = min(len(y_true), len(y_pred))
        y_true, y_pred = y_true[:n], y_pred[:n]
    else:
        y_true, y_pred = np.broadcast_arrays(y_true, y_pred)  # raises where NumPy would
    return _scores(*_counts(y_true, y_pred))
