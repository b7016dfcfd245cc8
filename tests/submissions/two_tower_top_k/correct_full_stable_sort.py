import numpy as np

EXPECTED_STATUS = "slow"


def two_tower_top_k(user_emb, item_emb, k, exclude=None):
    # right, but sorts every score of every user to keep k of them
    if not 1 <= k <= item_emb.shape[0]:
        raise ValueError("k must be in [1, n_items]")
    scores = user_emb @ item_emb.T
    if exclude is not None:
        if (np.sum(~exclude, axis=1) < k).any():
            raise ValueError("a user has fewer than k allowed items")
        scores = np.where(exclude, -np.inf, scores)
    return np.argsort(-scores, axis=1, kind="stable")[:, :k]
