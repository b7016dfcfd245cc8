import numpy as np


def mf_gradient_step(P, Q, users, items, ratings, lr, reg):
    n = len(ratings)
    if n == 0 or len(users) != n or len(items) != n:
        raise ValueError("users, items and ratings need one same, nonzero length")
    pu, qi = P[users], Q[items]
    err = ratings - (pu * qi).sum(axis=1)
    grad_P = 2 * reg * P
    grad_Q = 2 * reg * Q
    for f in range(P.shape[1]):  # one bincount per latent factor: repeats are summed
        grad_P[:, f] -= 2 / n * np.bincount(users, weights=err * qi[:, f], minlength=P.shape[0])
        grad_Q[:, f] -= 2 / n * np.bincount(items, weights=err * pu[:, f], minlength=Q.shape[0])
    return P - lr * grad_P, Q - lr * grad_Q
