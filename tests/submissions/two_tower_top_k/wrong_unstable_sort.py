import numpy as np

MISTAKES = "unstable_sort"


def two_tower_top_k(user_emb, item_emb, k, exclude=None):
    n_items = len(item_emb)
    if k < 1 or k > n_items:
        raise ValueError("bad k")
    scores = user_emb @ item_emb.T
    if exclude is not None:
        if ((~exclude).sum(axis=1) < k).any():
            raise ValueError("not enough items")
        scores = np.where(exclude, -np.inf, scores)
    return np.argsort(-scores, axis=1)[:, :k]
