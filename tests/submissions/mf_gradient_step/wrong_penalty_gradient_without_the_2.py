import numpy as np

MISTAKES = "penalty_gradient_without_the_2"


def mf_gradient_step(P, Q, users, items, ratings, lr, reg):
    if len(ratings) == 0 or len(users) != len(ratings) or len(items) != len(ratings):
        raise ValueError("bad observations")
    n = len(ratings)
    err = ratings - np.einsum("ij,ij->i", P[users], Q[items])
    grad_P = reg * P
    grad_Q = reg * Q
    np.add.at(grad_P, users, -2 / n * err[:, None] * Q[items])
    np.add.at(grad_Q, items, -2 / n * err[:, None] * P[users])
    return P - lr * grad_P, Q - lr * grad_Q
