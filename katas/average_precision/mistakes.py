"""Mistake models of the average_precision kata: what a learner who makes each mistake returns.

Each function takes average_precision's arguments and computes the wrong value
that mistake gives (or raises what it raises). The harness names a mistake only
when a learner's answer matches its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import mistake


def _curve(y_true, scores):
    """Precision and recall at each distinct threshold, highest first (scikit-learn's curve)."""
    positive = np.asarray(y_true) == 1
    _, threshold = np.unique(-np.asarray(scores), return_inverse=True)
    true_positives = np.cumsum(np.bincount(threshold, weights=positive))
    predicted = np.cumsum(np.bincount(threshold))
    return true_positives / predicted, true_positives / max(np.count_nonzero(positive), 1)


def _some_positive(y_true):
    if not np.any(np.asarray(y_true) == 1):
        raise ValueError("no positive in y_true")


@mistake(
    "you give each sample its own threshold, so tied scores count one by one in whatever order "
    "the sort leaves them: tied scores form one threshold, counted at once",
    ties=("positives first", "negatives first", "in index order", "in reverse index order"),
)
def ties_not_grouped(y_true, scores, ties):
    _some_positive(y_true)
    positive = np.asarray(y_true) == 1
    index = np.arange(positive.size)
    tie_break = {
        "positives first": ~positive,
        "negatives first": positive,
        "in index order": index,
        "in reverse index order": -index,
    }[ties]
    order = np.lexsort((tie_break, -np.asarray(scores, dtype=np.float64)))  # highest score first
    hits = positive[order]
    precision = np.cumsum(hits) / np.arange(1, hits.size + 1)
    return float(np.sum(precision[hits]) / np.count_nonzero(hits))


@mistake(
    "you take the trapezoidal area under the precision-recall curve (np.trapezoid, or "
    "scikit-learn's auc): average precision is the step sum Σ (Rₙ - Rₙ₋₁)·Pₙ, with no "
    "interpolation between the points",
    start=("precision one", "first point"),
)
def trapezoidal_area(y_true, scores, start):
    _some_positive(y_true)
    precision, recall = _curve(y_true, scores)
    if start == "precision one":  # scikit-learn's curve starts at recall 0, precision 1
        precision, recall = np.r_[1.0, precision], np.r_[0.0, recall]
    return float(np.sum(np.diff(recall) * (precision[1:] + precision[:-1]) / 2))


@mistake(
    "you interpolate the precision, taking at each recall the best precision at that recall or "
    "beyond (PASCAL VOC's AP): scikit-learn's average precision uses the precision Pₙ at "
    "each threshold as it is"
)
def interpolated_precision(y_true, scores):
    _some_positive(y_true)
    precision, recall = _curve(y_true, scores)
    best_from_here = np.maximum.accumulate(precision[::-1])[::-1]
    return float(np.sum(np.diff(recall, prepend=0.0) * best_from_here))


@mistake(
    "you return a number when y_true holds no positive: recall is 0/0 then, so raise "
    "ValueError (scikit-learn warns and returns 0; the catalog asks for the error)",
    value=(0.0, float("nan")),
)
def no_positive_not_rejected(y_true, scores, value):
    if not np.any(np.asarray(y_true) == 1):
        return value
    precision, recall = _curve(y_true, scores)
    return float(np.sum(np.diff(recall, prepend=0.0) * precision))
