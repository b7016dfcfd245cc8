import numpy as np

MISTAKES = "fancy_index_drops_repeats"


def mf_gradient_step(P, Q, users, items, ratings, lr, reg):
    if len(ratings) == 0 or len(users) != len(ratings) or len(items) != len(ratings):
        raise ValueError("bad observations")
    n = len(ratings)
    pu, qi = P[users], Q[items]
    err = ratings - np.sum(pu * qi, axis=1)
    new_P = P - lr * 2 * reg * P
    new_Q = Q - lr * 2 * reg * Q
    new_P[users] += lr * (2 / n) * err[:, None] * qi
    new_Q[items] += lr * (2 / n) * err[:, None] * pu
    return new_P, new_Q
