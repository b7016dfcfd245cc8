import numpy as np

EXPECTED_STATUS = ("pass", "slow")  # 2-8x at 200 users


def als_user_update(R, observed, Q, reg):
    if R.shape != observed.shape:
        raise ValueError("R and observed must have the same shape")
    k = Q.shape[1]
    P = np.zeros((R.shape[0], k))
    for u in range(R.shape[0]):
        items = np.flatnonzero(observed[u])
        if len(items):
            Qo = Q[items]
            P[u] = np.linalg.solve(Qo.T @ Qo + reg * np.eye(k), Qo.T @ R[u, items])
    return P
