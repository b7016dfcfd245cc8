import numpy as np

MISTAKES = "bincount_without_minlength"


def popular_items(item_ids: np.ndarray, n_items: int, k: int) -> np.ndarray:
    if k < 1 or k > n_items:
        raise ValueError("bad k")
    counts = np.bincount(item_ids)
    return np.argsort(-counts, kind="stable")[:k]
