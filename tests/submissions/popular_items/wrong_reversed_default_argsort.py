"""Wrong: NumPy's default (unstable) ascending argsort, reversed (a new-user trial wrote it)."""

import numpy as np

MISTAKES = "reversed_ascending_sort"


def popular_items(item_ids: np.ndarray, n_items: int, k: int) -> np.ndarray:
    counts = np.bincount(item_ids, minlength=n_items)
    return np.argsort(counts)[::-1][:k]
