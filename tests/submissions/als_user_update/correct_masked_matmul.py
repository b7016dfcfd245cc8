import numpy as np


def als_user_update(R, observed, Q, reg):
    if R.shape != observed.shape:
        raise ValueError("R and observed must have the same shape")
    k = Q.shape[1]
    weighted = observed[:, :, None] * Q  # Q's rows, zeroed where unobserved, per user
    gram = weighted.transpose(0, 2, 1) @ Q + reg * np.eye(k)
    right = np.where(observed, R, 0.0) @ Q
    gram[~observed.any(axis=1)] = np.eye(k)
    return np.linalg.solve(gram, right[:, :, None])[:, :, 0]
