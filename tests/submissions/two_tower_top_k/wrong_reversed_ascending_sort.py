import numpy as np

MISTAKES = "reversed_ascending_sort"


def two_tower_top_k(user_emb, item_emb, k, exclude=None):
    if not 1 <= k <= item_emb.shape[0]:
        raise ValueError("bad k")
    scores = user_emb @ item_emb.T
    if exclude is not None:
        if ((~exclude).sum(axis=1) < k).any():
            raise ValueError("not enough items")
        scores[exclude] = -np.inf
    ranked = np.argsort(scores, axis=1, kind="stable")[:, ::-1]
    return ranked[:, :k].copy()
