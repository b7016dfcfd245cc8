import numpy as np

MISTAKES = "exclude_ignored"


def two_tower_top_k(user_emb, item_emb, k, exclude=None):
    if not 1 <= k <= item_emb.shape[0]:
        raise ValueError("bad k")
    if exclude is not None and ((~exclude).sum(axis=1) < k).any():
        raise ValueError("not enough items")
    scores = user_emb @ item_emb.T
    return np.argsort(-scores, axis=1, kind="stable")[:, :k]
