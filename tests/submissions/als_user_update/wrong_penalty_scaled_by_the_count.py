import numpy as np

MISTAKES = "penalty_scaled_by_the_count"


def als_user_update(R, observed, Q, reg):
    if R.shape != observed.shape:
        raise ValueError("shapes differ")
    k = Q.shape[1]
    P = np.zeros((R.shape[0], k))
    for u in range(R.shape[0]):
        items = np.flatnonzero(observed[u])
        if len(items) == 0:
            continue
        Qo = Q[items]
        P[u] = np.linalg.solve(Qo.T @ Qo + reg * len(items) * np.eye(k), Qo.T @ R[u, items])
    return P
