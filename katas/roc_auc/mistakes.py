"""Mistake models of the roc_auc kata: what a learner who makes each mistake returns.

Each function takes roc_auc's arguments and computes the wrong AUC that mistake
gives (or raises what it raises). The harness names a mistake only when a
learner's answer matches its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import mistake


def _pairs(y_true, scores):
    """(pairs won by the positive, tied pairs, all pairs) over every positive-negative pair."""
    positive = np.asarray(y_true) == 1
    below = np.sort(scores[~positive])
    wins = np.searchsorted(below, scores[positive], side="left")
    ties = np.searchsorted(below, scores[positive], side="right") - wins
    return float(np.sum(wins)), float(np.sum(ties)), float(np.count_nonzero(positive) * below.size)


def _both_classes(y_true):
    positive = np.asarray(y_true) == 1
    if positive.all() or not positive.any():
        raise ValueError("only one class is present in y_true")


@mistake(
    "you count a positive and a negative with the same score as a win or as a loss (> or >=, "
    "or ranks that break ties by position): a tied pair counts one half, so tied scores share "
    "their mean rank",
    tie_weight=(0.0, 1.0),
)
def ties_not_counted_half(y_true, scores, tie_weight):
    _both_classes(y_true)
    wins, ties, pairs = _pairs(y_true, scores)
    return (wins + tie_weight * ties) / pairs


@mistake(
    "your ranks are ordinal (np.argsort(np.argsort(scores)) + 1), so tied scores get different "
    "ranks by position; tied scores share their mean rank (scipy.stats.rankdata's default), "
    "so that a tied positive-negative pair counts one half",
    kind=("quicksort", "stable"),
)
def ordinal_ranks(y_true, scores, kind):
    _both_classes(y_true)
    positive = np.asarray(y_true) == 1
    ranks = np.argsort(np.argsort(scores, kind=kind), kind=kind) + 1
    n_positive, n_negative = int(positive.sum()), int((~positive).sum())
    return float((ranks[positive].sum() - n_positive * (n_positive + 1) / 2) / (n_positive * n_negative))


@mistake(
    "you get 1 - AUC: your curve is integrated along the wrong axis (np.trapezoid(y, x) takes "
    "y first: the true positive rate over the false positive rate) or ranks the scores the "
    "wrong way round; a higher score must mean more likely positive"
)
def area_under_the_wrong_axis(y_true, scores):
    _both_classes(y_true)
    wins, ties, pairs = _pairs(y_true, scores)
    return 1.0 - (wins + 0.5 * ties) / pairs


@mistake(
    "you return a number when y_true holds only one class: the AUC is undefined then (no "
    "positive-negative pair), so raise ValueError"
)
def one_class_not_rejected(y_true, scores):
    wins, ties, pairs = _pairs(y_true, scores)
    with np.errstate(invalid="ignore", divide="ignore"):
        return float(np.float64(wins + 0.5 * ties) / pairs)
