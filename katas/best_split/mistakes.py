"""Mistake models of the best_split kata: what a learner who makes each mistake returns.

Each function takes best_split's arguments and computes the wrong (threshold, gain)
that mistake gives. The harness names a mistake only when a learner's answer
matches its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import mistake

TIED = 1e-12  # gains within this of the best count as tied (CATALOG.md)


def _entropy(counts):
    """Base-2 entropy of class counts on the last axis; a child with no sample has entropy 0."""
    n = np.sum(counts, axis=-1)
    plogp = counts * np.log2(np.where(counts > 0, counts, 1))
    return np.where(n > 0, np.log2(np.maximum(n, 1)) - np.sum(plogp, axis=-1) / np.maximum(n, 1), 0.0)


def _gains(x, y, thresholds):
    """The information gain of the split x <= t for each t of thresholds."""
    _, labels = np.unique(y, return_inverse=True)
    one_hot = (labels[:, None] == np.arange(labels.max(initial=-1) + 1)).astype(np.float64)
    order = np.argsort(x, kind="stable")
    cumulative = np.vstack([np.zeros(one_hot.shape[1]), np.cumsum(one_hot[order], axis=0)])
    left = cumulative[np.searchsorted(np.sort(x), thresholds, side="right")]
    total = cumulative[-1]
    n, n_left = total.sum(), left.sum(axis=1)
    children = n_left * _entropy(left) + (n - n_left) * _entropy(total - left)
    return _entropy(total) - children / n


def _midpoints(x):
    values = np.unique(x)
    return (values[:-1] + values[1:]) / 2, values


def _first_of_the_best(thresholds, gain):
    best = np.flatnonzero(gain >= np.max(gain) - TIED)[0]
    return float(thresholds[best]), float(gain[best])


@mistake(
    "you sort x but not y with it, so the labels no longer belong to their values: sort both "
    "with one order, order = np.argsort(x), then x[order] and y[order]"
)
def labels_not_sorted_with_x(x, y):
    """The splits of the sorted x, with the labels left in their original order."""
    xs = np.sort(x)
    thresholds, _ = _midpoints(xs)
    if thresholds.size == 0:
        return None, 0.0
    # After sorting x alone, the left child of a split is the first samples of y as given.
    boundaries = np.flatnonzero(xs[1:] > xs[:-1])
    positions = np.arange(xs.size, dtype=np.float64)
    return _first_of_the_best(thresholds, _gains(positions, y, boundaries.astype(np.float64)))


@mistake(
    "you take the midpoint of every two neighbouring sorted values, equal ones too: (v + v)/2 = v "
    "is not a midpoint between distinct values; take candidates between distinct values only"
)
def midpoints_of_equal_neighbours_kept(x, y):
    xs = np.sort(x)
    if np.unique(xs).size < 2:
        return None, 0.0
    thresholds = (xs[:-1] + xs[1:]) / 2
    return _first_of_the_best(thresholds, _gains(x, y, thresholds))


@mistake(
    "you return a value of x as the threshold: the threshold is the midpoint (a + b)/2 between "
    "the two consecutive distinct values that the split separates"
)
def thresholds_are_the_values(x, y):
    thresholds, values = _midpoints(x)
    if thresholds.size == 0:
        return None, 0.0
    best = np.flatnonzero((g := _gains(x, y, thresholds)) >= np.max(g) - TIED)[0]
    return float(values[best]), float(g[best])


@mistake(
    "you return no threshold when no split gains anything (you keep a split only if its gain "
    "beats 0): labels all of one class still give the smallest midpoint, with gain 0.0"
)
def no_split_when_nothing_is_gained(x, y):
    thresholds, _ = _midpoints(x)
    if thresholds.size == 0:
        return None, 0.0
    threshold, gain = _first_of_the_best(thresholds, _gains(x, y, thresholds))
    return (None, 0.0) if gain <= TIED else (threshold, gain)


@mistake(
    "of splits with tied gains you do not keep the smallest threshold: gains within 1e-12 of the "
    "best are tied (rounding puts equal gains a few ulps apart), and the first of them wins"
)
def ties_go_to_the_largest_threshold(x, y):
    thresholds, _ = _midpoints(x)
    if thresholds.size == 0:
        return None, 0.0
    gain = _gains(x, y, thresholds)
    best = np.flatnonzero(gain >= np.max(gain) - TIED)[-1]
    return float(thresholds[best]), float(gain[best])


@mistake(
    "you use the labels themselves as column indices (of a one-hot or a bincount), so a negative "
    "label wraps around onto another class's column (-1 onto the largest label): number the "
    "classes first with np.unique(y, return_inverse=True)"
)
def negative_labels_wrap_onto_other_classes(x, y):
    """The best split of labels that Python's negative indexing moved to column label + k."""
    k = int(np.max(y)) + 1  # the columns a learner allocates: 0 ... max(y)
    if np.min(y) < -k or k < 1:
        raise IndexError(f"index {int(np.min(y))} is out of bounds for axis 1 with size {max(k, 0)}")
    thresholds, _ = _midpoints(x)
    if thresholds.size == 0:
        return None, 0.0
    wrapped = np.where(y < 0, y + k, y)
    return _first_of_the_best(thresholds, _gains(x, wrapped, thresholds))
