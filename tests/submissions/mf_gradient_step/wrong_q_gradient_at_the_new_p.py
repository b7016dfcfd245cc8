import numpy as np

MISTAKES = "q_gradient_at_the_new_P"


def mf_gradient_step(P, Q, users, items, ratings, lr, reg):
    if len(ratings) == 0 or len(users) != len(ratings) or len(items) != len(ratings):
        raise ValueError("bad observations")
    n = len(ratings)
    err = ratings - np.sum(P[users] * Q[items], axis=1)
    grad_P = 2 * reg * P
    np.add.at(grad_P, users, -2 / n * err[:, None] * Q[items])
    P = P - lr * grad_P
    err = ratings - np.sum(P[users] * Q[items], axis=1)  # refreshed with the new P
    grad_Q = 2 * reg * Q
    np.add.at(grad_Q, items, -2 / n * err[:, None] * P[users])
    return P, Q - lr * grad_Q
