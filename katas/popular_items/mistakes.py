"""Mistake models of the popular_items kata: what a learner who makes each mistake returns.

Each function takes popular_items's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input. Keep a wrong
learner file under tests/submissions/popular_items/ for each model.
"""

from collections import Counter

import numpy as np

from harness.diagnosis import mistake


@mistake(
    "your sort is not stable (NumPy's default argsort), so items with equal counts come out in "
    "no fixed order; equal counts go to the lower id: np.argsort(-counts, kind='stable')"
)
def unstable_sort(item_ids, n_items, k):
    return np.argsort(-np.bincount(item_ids, minlength=n_items))[:k]


@mistake(
    "you reverse an ascending sort, which puts equal counts in decreasing id order; equal counts "
    "go to the lower id: sort the negated counts stably instead",
    kind=("stable", "quicksort"),
)
def reversed_ascending_sort(item_ids, n_items, k, kind):
    return np.argsort(np.bincount(item_ids, minlength=n_items), kind=kind)[::-1][:k]


@mistake(
    "you rank only the items that occur in the log (np.unique or a Counter), so fewer than k "
    "come back when fewer were seen; unseen items count 0 and fill the list in id order"
)
def only_seen_items(item_ids, n_items, k):
    ids, counts = np.unique(item_ids, return_counts=True)
    return ids[np.argsort(-counts, kind="stable")][:k]


@mistake(
    "Counter.most_common breaks ties by first appearance in the log, not by id, and leaves out "
    "unseen items; equal counts go to the lower id"
)
def counter_most_common(item_ids, n_items, k):
    return np.array([item for item, _ in Counter(np.asarray(item_ids).tolist()).most_common(k)], dtype=int)


@mistake(
    "np.bincount without minlength=n_items stops at the largest id seen, so the unseen ids above "
    "it are missing: pass minlength=n_items"
)
def bincount_without_minlength(item_ids, n_items, k):
    return np.argsort(-np.bincount(item_ids), kind="stable")[:k]


@mistake("your list starts with the least frequent items; the most frequent come first")
def least_frequent_first(item_ids, n_items, k):
    return np.argsort(np.bincount(item_ids, minlength=n_items), kind="stable")[:k]
