"""Reference solution of the ndcg_at_k kata."""

import numpy as np


def ndcg_at_k(relevance: np.ndarray, scores: np.ndarray, k: int) -> float:
    """Normalised discounted cumulative gain of one ranking, at cutoff k (linear gain).

    Items are ranked by score, highest first; tied scores keep their index order
    (lower index first). DCG@k = Σ_{i=1..k} rel_(i) / log2(i + 1) over the top k;
    the ideal DCG@k is the same sum over the relevances sorted in descending order.
    Järvelin & Kekäläinen (2002), with scikit-learn's linear gain (ndcg_score), but
    not its averaging of tied scores.

    Parameters
    ----------
    relevance : ndarray of shape (n,)
        Graded relevance of each item, >= 0 (int or float).
    scores : ndarray of shape (n,)
        The model's score of each item.
    k : int
        The cutoff, >= 1; a k larger than n means all n items.

    Returns
    -------
    float
        DCG@k / ideal DCG@k, in [0, 1]; 0.0 when the ideal DCG@k is 0.

    Raises
    ------
    ValueError
        When k < 1, or relevance and scores differ in shape (as scikit-learn).
    """
    if k < 1:
        raise ValueError(f"k must be at least 1, not {k}")
    if relevance.shape != scores.shape:
        raise ValueError(f"relevance has shape {relevance.shape} but scores has shape {scores.shape}")
    # A stable sort of the negated scores: descending, and ties keep the lower index first.
    top = np.argsort(-scores, kind="stable")[:k]
    discounts = np.log2(np.arange(2, top.size + 2))  # log2(i + 1) for positions i = 1 ... min(k, n)
    dcg = np.sum(relevance[top] / discounts)
    ideal = np.sum(np.sort(relevance)[::-1][: top.size] / discounts)
    return float(dcg / ideal) if ideal > 0 else 0.0
