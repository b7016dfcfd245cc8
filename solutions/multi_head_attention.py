"""Reference solution of the multi_head_attention kata."""

import math

import numpy as np


def multi_head_attention(
    x: np.ndarray,
    Wq: np.ndarray,
    Wk: np.ndarray,
    Wv: np.ndarray,
    Wo: np.ndarray,
    n_heads: int,
    causal: bool = False,
) -> np.ndarray:
    """Multi-head self-attention: Concat(head₁, …, headₕ) Wo, headₕ = Attention(x Wq_h, x Wk_h, x Wv_h).

    The formula of "Attention Is All You Need" (Vaswani et al. 2017, section 3.2.2), as
    ``torch.nn.MultiheadAttention(d_model, n_heads, bias=False, batch_first=True)`` computes
    it, with weights in the row convention (x @ W, so W is PyTorch's weight transposed).

    Parameters
    ----------
    x : ndarray of shape (N, L, d_model)
        A batch of N sequences of L positions.
    Wq, Wk, Wv, Wo : ndarray of shape (d_model, d_model)
        The query, key, value and output projections. Head h uses the columns
        h·d_head:(h+1)·d_head of x @ Wq, x @ Wk and x @ Wv, with d_head = d_model / n_heads.
    n_heads : int
        The number of heads; it must divide d_model.
    causal : bool
        When True, the query at position i attends only to the keys at positions <= i.

    Returns
    -------
    ndarray of shape (N, L, d_model)

    Raises
    ------
    ValueError
        If n_heads < 1 or n_heads does not divide d_model.
    """
    N, L, d_model = x.shape
    if n_heads < 1:
        raise ValueError(f"n_heads must be at least 1, got {n_heads}")
    if d_model % n_heads != 0:
        raise ValueError(f"n_heads = {n_heads} does not divide d_model = {d_model}")
    d_head = d_model // n_heads

    def split_heads(projected: np.ndarray) -> np.ndarray:
        """(N, L, d_model) -> (N, n_heads, L, d_head): head h gets its own block of columns."""
        return projected.reshape(N, L, n_heads, d_head).transpose(0, 2, 1, 3)

    queries, keys, values = split_heads(x @ Wq), split_heads(x @ Wk), split_heads(x @ Wv)
    # math.sqrt gives a Python float, which keeps float32 scores float32
    scores = queries @ np.swapaxes(keys, -1, -2) / math.sqrt(d_head)  # (N, n_heads, L, L)
    if causal:
        scores = np.where(np.tril(np.ones((L, L), dtype=bool)), scores, -np.inf)
    shifted = scores - np.max(scores, axis=-1, keepdims=True)
    exponentials = np.exp(shifted)
    weights = exponentials / np.sum(exponentials, axis=-1, keepdims=True)
    heads = weights @ values  # (N, n_heads, L, d_head)
    concatenated = heads.transpose(0, 2, 1, 3).reshape(N, L, d_model)
    return concatenated @ Wo
