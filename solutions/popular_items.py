"""Reference solution of the popular_items kata."""

import numpy as np


def popular_items(item_ids: np.ndarray, n_items: int, k: int) -> np.ndarray:
    """The k most frequent item ids of an interaction log, the cold-start baseline.

    item_ids is an int array of shape (n,) with ids in [0, n_items). Returns a new int
    array of shape (k,): ids by decreasing count, equal counts (unseen items count 0)
    in increasing id order. Raises ValueError if k > n_items. Source: the most-popular
    baseline of recommender evaluation (e.g. Cremonesi, Koren and Turrin, "Performance
    of recommender algorithms on top-N recommendation tasks", RecSys 2010).
    """
    if k > n_items:
        raise ValueError(f"k = {k} is more than the n_items = {n_items} items")
    counts = np.bincount(item_ids, minlength=n_items)
    return np.argsort(-counts, kind="stable")[:k]
