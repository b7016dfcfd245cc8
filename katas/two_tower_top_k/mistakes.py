"""Mistake models of the two_tower_top_k kata: what a learner who makes each mistake returns.

Each function takes two_tower_top_k's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input. Keep a wrong
learner file under tests/submissions/two_tower_top_k/ for each model.
"""

import numpy as np

from harness.diagnosis import mistake


def _scores(user_emb, item_emb, exclude, fill=-np.inf):
    scores = user_emb @ item_emb.T
    return scores if exclude is None else np.where(exclude, fill, scores)


@mistake(
    "your sort is not stable (NumPy's default argsort), so equal scores come out in no fixed "
    "order; equal scores go to the lower item index: sort with kind='stable'"
)
def unstable_sort(user_emb, item_emb, k, exclude=None):
    return np.argsort(-_scores(user_emb, item_emb, exclude), axis=1)[:, :k]


@mistake(
    "you reverse an ascending sort, which puts equal scores in decreasing index order; equal "
    "scores go to the lower item index",
    kind=("stable", "quicksort"),
)
def reversed_ascending_sort(user_emb, item_emb, k, exclude=None, kind="stable"):
    return np.argsort(_scores(user_emb, item_emb, exclude), axis=1, kind=kind)[:, ::-1][:, :k]


@mistake(
    "np.argpartition picks any of the items tied at the k-th place; equal scores there go to the "
    "lower index: keep every item above the k-th score, then the tied ones by index"
)
def partition_without_tie_break(user_emb, item_emb, k, exclude=None):
    scores = _scores(user_emb, item_emb, exclude)
    best = np.argpartition(-scores, k - 1, axis=1)[:, :k]
    best = np.sort(best, axis=1)
    order = np.argsort(-np.take_along_axis(scores, best, axis=1), axis=1, kind="stable")
    return np.take_along_axis(best, order, axis=1)


@mistake("you return excluded items: give them a score of -inf (np.where(exclude, -np.inf, scores)) first")
def exclude_ignored(user_emb, item_emb, k, exclude=None):
    return np.argsort(-(user_emb @ item_emb.T), axis=1, kind="stable")[:, :k]


@mistake(
    "you set excluded scores to 0, so an excluded item still beats allowed items with negative "
    "scores; set them to -inf"
)
def excluded_scores_set_to_zero(user_emb, item_emb, k, exclude=None):
    return np.argsort(-_scores(user_emb, item_emb, exclude, fill=0.0), axis=1, kind="stable")[:, :k]


@mistake("you read exclude the wrong way round: True marks an item never to return, not an allowed one")
def exclude_inverted(user_emb, item_emb, k, exclude=None):
    mask = None if exclude is None else ~exclude
    return np.argsort(-_scores(user_emb, item_emb, mask), axis=1, kind="stable")[:, :k]


@mistake("your list starts with the lowest scores; the best item comes first")
def worst_first(user_emb, item_emb, k, exclude=None):
    return np.argsort(_scores(user_emb, item_emb, exclude, fill=np.inf), axis=1, kind="stable")[:, :k]
