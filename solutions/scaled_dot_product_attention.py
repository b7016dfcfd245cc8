"""Reference solution of the scaled_dot_product_attention kata."""

import math

import numpy as np


def scaled_dot_product_attention(
    Q: np.ndarray, K: np.ndarray, V: np.ndarray, mask: np.ndarray | None = None
) -> np.ndarray:
    """softmax(Q Kᵀ / √d_k) V over the last two axes, batched over the leading ones.

    Parameters
    ----------
    Q : ndarray of shape (..., L_q, d_k)
    K : ndarray of shape (..., L_k, d_k)
    V : ndarray of shape (..., L_k, d_v)
    mask : bool ndarray broadcastable to (..., L_q, L_k), or None
        True where a query may attend to a key; None lets every query see every key.

    Returns
    -------
    ndarray of shape (..., L_q, d_v)
    """
    d_k = Q.shape[-1]
    # math.sqrt gives a Python float, which keeps float32 scores float32 (np.sqrt would not)
    scores = Q @ np.swapaxes(K, -1, -2) / math.sqrt(d_k)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    shifted = scores - np.max(scores, axis=-1, keepdims=True)
    exponentials = np.exp(shifted)
    weights = exponentials / np.sum(exponentials, axis=-1, keepdims=True)
    return weights @ V
