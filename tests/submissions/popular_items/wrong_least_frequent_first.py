import numpy as np

MISTAKES = "least_frequent_first"


def popular_items(item_ids: np.ndarray, n_items: int, k: int) -> np.ndarray:
    if k < 1 or k > n_items:
        raise ValueError("bad k")
    counts = np.bincount(item_ids, minlength=n_items)
    return np.argsort(counts, kind="stable")[:k]
