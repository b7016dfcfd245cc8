import numpy as np

MISTAKES = "partition_without_tie_break"


def two_tower_top_k(user_emb, item_emb, k, exclude=None):
    # fast: argpartition, then sort only the k candidates (stable, by index first)
    if not 1 <= k <= item_emb.shape[0]:
        raise ValueError("bad k")
    scores = user_emb @ item_emb.T
    if exclude is not None:
        if ((~exclude).sum(axis=1) < k).any():
            raise ValueError("not enough items")
        scores = np.where(exclude, -np.inf, scores)
    candidates = np.sort(np.argpartition(-scores, k - 1, axis=1)[:, :k], axis=1)
    candidate_scores = np.take_along_axis(scores, candidates, axis=1)
    order = np.argsort(-candidate_scores, axis=1, kind="stable")
    return np.take_along_axis(candidates, order, axis=1)
