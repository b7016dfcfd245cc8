import numpy as np

MISTAKES = "exclude_inverted"


def two_tower_top_k(user_emb, item_emb, k, exclude=None):
    if not 1 <= k <= item_emb.shape[0]:
        raise ValueError("bad k")
    scores = user_emb @ item_emb.T
    if exclude is not None:
        if ((~exclude).sum(axis=1) < k).any():
            raise ValueError("not enough items")
        scores = np.where(exclude, scores, -np.inf)
    return np.argsort(-scores, axis=1, kind="stable")[:, :k]
