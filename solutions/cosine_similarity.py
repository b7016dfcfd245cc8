"""Reference solution of the cosine_similarity kata."""

import numpy as np


def cosine_similarity(A: np.ndarray, B: np.ndarray, eps: float = 1e-8) -> np.ndarray:
    """Pairwise cosine similarity of the rows of A and the rows of B.

    As torch.nn.functional.cosine_similarity since PyTorch 1.12: each row is divided by its
    own norm clamped at eps, max(‖a‖, eps), before the dot products, so a zero row gives 0
    (never NaN) and tiny non-zero rows keep their true cosine.

    Parameters
    ----------
    A : ndarray of shape (n, d)
        float64 or float32.
    B : ndarray of shape (m, d)
        The same number of columns d as A.
    eps : float, default 1e-8
        The smallest norm a row is divided by.

    Returns
    -------
    ndarray of shape (n, m)
        result[i, j] = A[i]·B[j] / (max(‖A[i]‖, eps)·max(‖B[j]‖, eps)), in A's float dtype.
    """
    norms_a = np.sqrt(np.sum(A * A, axis=1))
    norms_b = np.sqrt(np.sum(B * B, axis=1))
    unit_a = A / np.maximum(norms_a, eps)[:, None]
    unit_b = B / np.maximum(norms_b, eps)[:, None]
    return unit_a @ unit_b.T
