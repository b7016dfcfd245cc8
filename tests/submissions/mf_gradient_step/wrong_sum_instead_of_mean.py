import numpy as np

MISTAKES = "sum_instead_of_mean"


def mf_gradient_step(P, Q, users, items, ratings, lr, reg):
    if len(ratings) == 0 or len(users) != len(ratings) or len(items) != len(ratings):
        raise ValueError("bad observations")
    err = ratings - np.einsum("ij,ij->i", P[users], Q[items])
    grad_P = 2 * reg * P
    grad_Q = 2 * reg * Q
    np.add.at(grad_P, users, -2 * err[:, None] * Q[items])
    np.add.at(grad_Q, items, -2 * err[:, None] * P[users])
    return P - lr * grad_P, Q - lr * grad_Q
