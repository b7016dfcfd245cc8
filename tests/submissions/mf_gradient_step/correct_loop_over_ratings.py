import numpy as np

EXPECTED_STATUS = ("pass", "slow")  # 9.5-18x: slow, or uncertain when the spread straddles 5


def mf_gradient_step(P, Q, users, items, ratings, lr, reg):
    n = len(ratings)
    if n == 0 or len(users) != n or len(items) != n:
        raise ValueError("users, items and ratings need one same, nonzero length")
    grad_P = 2 * reg * P
    grad_Q = 2 * reg * Q
    for u, i, r in zip(users, items, ratings):
        e = r - P[u] @ Q[i]
        grad_P[u] -= 2 / n * e * Q[i]
        grad_Q[i] -= 2 / n * e * P[u]
    return P - lr * grad_P, Q - lr * grad_Q
