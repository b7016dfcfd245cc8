import numpy as np


def popular_items(item_ids: np.ndarray, n_items: int, k: int) -> np.ndarray:
    if k < 1 or k > n_items:
        raise ValueError("k must be in [1, n_items]")
    if len(item_ids) and (np.min(item_ids) < 0 or np.max(item_ids) >= n_items):
        raise ValueError("an item id is out of range")
    counts = np.zeros(n_items, dtype=np.int64)
    np.add.at(counts, item_ids, 1)
    ids = np.arange(n_items)
    return np.lexsort((ids, -counts))[:k]
