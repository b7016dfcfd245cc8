import numpy as np

MISTAKES = "unobserved_entries_read"


def als_user_update(R, observed, Q, reg):
    if R.shape != observed.shape:
        raise ValueError("shapes differ")
    k = Q.shape[1]
    P = np.zeros((R.shape[0], k))
    for u in range(R.shape[0]):
        mask = observed[u]
        if not mask.any():
            continue
        Qo = Q[mask]
        P[u] = np.linalg.solve(Qo.T @ Qo + reg * np.eye(k), R[u] @ Q)
    return P
