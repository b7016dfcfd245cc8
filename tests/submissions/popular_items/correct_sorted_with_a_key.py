import numpy as np

EXPECTED_STATUS = "slow"


def popular_items(item_ids: np.ndarray, n_items: int, k: int) -> np.ndarray:
    # plain Python: a dict of counts, then sorted by (-count, id)
    if k < 1 or k > n_items:
        raise ValueError("k must be in [1, n_items]")
    counts = dict.fromkeys(range(n_items), 0)
    for item in item_ids.tolist():
        if item not in counts:
            raise ValueError(f"item id {item} is out of range")
        counts[item] += 1
    ranked = sorted(counts, key=lambda item: (-counts[item], item))
    return np.array(ranked[:k], dtype=np.int64)
