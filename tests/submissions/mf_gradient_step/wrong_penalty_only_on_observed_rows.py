import numpy as np

MISTAKES = "penalty_only_on_observed_rows"


def mf_gradient_step(P, Q, users, items, ratings, lr, reg):
    # the penalty of the SGD recipe: only the factors an observation touches
    if len(ratings) == 0 or len(users) != len(ratings) or len(items) != len(ratings):
        raise ValueError("bad observations")
    n = len(ratings)
    err = ratings - np.einsum("ij,ij->i", P[users], Q[items])
    grad_P = np.zeros_like(P)
    grad_Q = np.zeros_like(Q)
    np.add.at(grad_P, users, -2 / n * err[:, None] * Q[items])
    np.add.at(grad_Q, items, -2 / n * err[:, None] * P[users])
    seen_users, seen_items = np.unique(users), np.unique(items)
    grad_P[seen_users] += 2 * reg * P[seen_users]
    grad_Q[seen_items] += 2 * reg * Q[seen_items]
    return P - lr * grad_P, Q - lr * grad_Q
