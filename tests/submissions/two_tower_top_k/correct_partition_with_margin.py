import numpy as np


def two_tower_top_k(user_emb, item_emb, k, exclude=None):
    # per user: every item at least as good as the k-th best, then lexsort (score, index)
    n_items = item_emb.shape[0]
    if not 1 <= k <= n_items:
        raise ValueError("k must be in [1, n_items]")
    scores = user_emb @ item_emb.T
    if exclude is not None:
        if (np.sum(~exclude, axis=1) < k).any():
            raise ValueError("a user has fewer than k allowed items")
        scores = np.where(exclude, -np.inf, scores)
    result = np.empty((scores.shape[0], k), dtype=np.int64)
    for user, row in enumerate(scores):
        kth = np.partition(row, n_items - k)[n_items - k]
        candidates = np.flatnonzero(row >= kth)
        ranked = candidates[np.lexsort((candidates, -row[candidates]))]
        result[user] = ranked[:k]
    return result
