import numpy as np

MISTAKES = "excluded_scores_set_to_zero"


def two_tower_top_k(user_emb, item_emb, k, exclude=None):
    if not 1 <= k <= item_emb.shape[0]:
        raise ValueError("bad k")
    scores = user_emb @ item_emb.T
    if exclude is not None:
        if ((~exclude).sum(axis=1) < k).any():
            raise ValueError("not enough items")
        scores = scores * ~exclude  # zero out what the user has already seen
    return np.argsort(-scores, axis=1, kind="stable")[:, :k]
