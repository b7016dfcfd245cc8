"""Mistake models of the ndcg_at_k kata: what a learner who makes each mistake returns.

Each function takes ndcg_at_k's arguments and computes the wrong NDCG that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import mistake


def _check(relevance, scores, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    if relevance.shape != scores.shape:
        raise ValueError("relevance and scores differ in shape")


def _discounts(count):
    return 1.0 / np.log2(np.arange(2, count + 2))


def _ndcg(relevance, order, k, gain=lambda r: r):
    """NDCG@k of the items in this order, with the reference's ideal and zero guard."""
    top = order[:k]
    discounts = _discounts(top.size)
    dcg = gain(relevance[top]) @ discounts
    ideal = gain(np.sort(relevance)[::-1][: top.size]) @ discounts
    return float(dcg / ideal) if ideal > 0 else 0.0


def _ranked(scores):
    return np.argsort(-scores, kind="stable")


@mistake(
    "you rank with np.argsort(scores)[::-1]: reversing an ascending sort reverses the order of "
    "tied scores too; ties go to the lower index, so sort -scores with kind='stable'",
    kind=("quicksort", "stable"),
)
def ties_to_the_higher_index(relevance, scores, k, kind):
    _check(relevance, scores, k)
    return _ndcg(relevance, np.argsort(scores, kind=kind)[::-1], k)


@mistake(
    "your ranking puts tied scores in an arbitrary order (np.argsort's default kind and "
    "np.argpartition are not stable): sort -scores with kind='stable', ties lower index first"
)
def unstable_sort_for_ties(relevance, scores, k):
    _check(relevance, scores, k)
    return _ndcg(relevance, np.argsort(-scores), k)


@mistake(
    "you average the gains of tied scores, as sklearn.metrics.ndcg_score does: this kata "
    "breaks ties instead, lower index first (a stable sort of -scores)"
)
def tied_scores_averaged(relevance, scores, k):
    _check(relevance, scores, k)
    n = relevance.size
    discounts = np.zeros(n)
    discounts[: min(k, n)] = _discounts(min(k, n))
    cumulative = np.cumsum(discounts)
    _, inverse, counts = np.unique(-scores, return_inverse=True, return_counts=True)
    group_gain = np.zeros(counts.size)
    np.add.at(group_gain, inverse, relevance)
    ends = np.cumsum(counts) - 1
    group_discount = np.diff(cumulative[ends], prepend=0.0)
    dcg = (group_gain / counts) @ group_discount
    ideal = np.sort(relevance)[::-1][: min(k, n)] @ _discounts(min(k, n))
    return float(dcg / ideal) if ideal > 0 else 0.0


@mistake(
    "you use the exponential gain 2^rel - 1: this kata (like sklearn.metrics.ndcg_score) uses "
    "the linear gain, rel itself; the two differ as soon as relevance goes beyond 0 and 1"
)
def exponential_gain(relevance, scores, k):
    _check(relevance, scores, k)
    return _ndcg(relevance, _ranked(scores), k, gain=lambda r: 2.0**r - 1.0)


@mistake(
    "your ideal DCG sums over every item, not only the best k: the ideal is DCG@k of the "
    "relevances sorted in descending order, cut at the same k"
)
def ideal_over_all_items(relevance, scores, k):
    _check(relevance, scores, k)
    top = _ranked(scores)[:k]
    dcg = relevance[top] @ _discounts(top.size)
    ideal = np.sort(relevance)[::-1] @ _discounts(relevance.size)
    return float(dcg / ideal) if ideal > 0 else 0.0


@mistake(
    "you divide by an ideal DCG of 0 when no item is relevant, which gives NaN (0/0): return "
    "0.0 when the ideal DCG is 0"
)
def nan_when_nothing_is_relevant(relevance, scores, k):
    _check(relevance, scores, k)
    top = _ranked(scores)[:k]
    discounts = _discounts(top.size)
    ideal = np.sort(relevance)[::-1][: top.size] @ discounts
    return float((relevance[top] @ discounts) / ideal) if ideal > 0 else float("nan")


@mistake("you accept k < 1, which has no top k: raise ValueError when k < 1")
def k_below_1_accepted(relevance, scores, k):
    _check(relevance, scores, max(k, 1))
    return _ndcg(relevance, _ranked(scores), k)


@mistake(
    "you make k discounts even when k is larger than the number of items: the top k is then "
    "all n items, so use min(k, n) positions",
    product=("multiply", "matmul"),
)
def k_larger_than_n_not_clipped(relevance, scores, k, product):
    _check(relevance, scores, k)
    discounts = 1.0 / np.log2(np.arange(2, k + 2))  # raises below when k > n

    def dot(gains):
        return gains @ discounts if product == "matmul" else np.sum(gains * discounts)

    top = _ranked(scores)[:k]
    ideal = dot(np.sort(relevance)[::-1][:k])
    return float(dot(relevance[top]) / ideal) if ideal > 0 else 0.0


@mistake(
    "you do not check that relevance and scores have the same length: an item with a score "
    "and no relevance (or the reverse) is a caller's bug; raise ValueError, as scikit-learn does"
)
def lengths_not_checked(relevance, scores, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    return _ndcg(relevance, _ranked(scores), k)
