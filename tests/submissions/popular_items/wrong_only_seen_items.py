import numpy as np

MISTAKES = "only_seen_items"


def popular_items(item_ids: np.ndarray, n_items: int, k: int) -> np.ndarray:
    if k < 1 or k > n_items:
        raise ValueError("k out of range")
    ids, counts = np.unique(item_ids, return_counts=True)
    order = np.argsort(-counts, kind="stable")
    return ids[order][:k]
