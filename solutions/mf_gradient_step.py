"""Reference solution of the mf_gradient_step kata."""

import numpy as np


def mf_gradient_step(
    P: np.ndarray,
    Q: np.ndarray,
    users: np.ndarray,
    items: np.ndarray,
    ratings: np.ndarray,
    lr: float,
    reg: float,
) -> tuple[np.ndarray, np.ndarray]:
    """One full-batch gradient-descent step on (1/n)Σ(r − p_u·q_i)² + reg·(‖P‖² + ‖Q‖²).

    P (n_users, k) and Q (n_items, k) are the factors; users, items (int) and ratings are
    (n,) and may repeat users and items, whose gradients add up. Both gradients are taken
    at the old P and Q. Returns new arrays (P', Q'). Source: Koren, Bell and Volinsky,
    "Matrix factorization techniques for recommender systems" (IEEE Computer, 2009).
    """
    n = len(ratings)
    user_rows, item_rows = P[users], Q[items]
    errors = ratings - np.einsum("nk,nk->n", user_rows, item_rows)
    scale = (-2.0 / n) * errors[:, None]
    grad_P = 2.0 * reg * P
    grad_Q = 2.0 * reg * Q
    np.add.at(grad_P, users, scale * item_rows)  # adds every repeat of a user, unlike P[users] += ...
    np.add.at(grad_Q, items, scale * user_rows)
    return P - lr * grad_P, Q - lr * grad_Q
