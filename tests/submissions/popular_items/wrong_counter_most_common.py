from collections import Counter

import numpy as np

MISTAKES = "counter_most_common"


def popular_items(item_ids: np.ndarray, n_items: int, k: int) -> np.ndarray:
    if not 1 <= k <= n_items:
        raise ValueError("k must be in [1, n_items]")
    counts = Counter(item_ids.tolist())
    return np.array([item for item, _ in counts.most_common(k)], dtype=int)
