import numpy as np

EXPECTED_STATUS = "slow"  # 4.9-5.3x in CPU time, against max_ratio 4: O(n·users) work the reference does not do


def mf_gradient_step(P, Q, users, items, ratings, lr, reg):
    # the repeats add up in a matrix product with one-hot incidence matrices
    n = len(ratings)
    if n == 0 or len(users) != n or len(items) != n:
        raise ValueError("users, items and ratings need one same, nonzero length")
    U = np.zeros((n, P.shape[0]))
    U[np.arange(n), users] = 1.0
    V = np.zeros((n, Q.shape[0]))
    V[np.arange(n), items] = 1.0
    err = ratings - np.sum((U @ P) * (V @ Q), axis=1)
    grad_P = -2.0 / n * U.T @ (err[:, None] * (V @ Q)) + 2 * reg * P
    grad_Q = -2.0 / n * V.T @ (err[:, None] * (U @ P)) + 2 * reg * Q
    return P - lr * grad_P, Q - lr * grad_Q
