"""Subtle: a column of ones for b under the same ridge penalty; right whenever l2 = 0."""

import numpy as np

MISTAKES = "intercept_penalised"


def linear_regression_fit(X, y, l2=0.0):
    n = X.shape[0]
    A = np.column_stack([X, np.ones(n)])
    k = A.shape[1]
    stacked = np.vstack([A, np.sqrt(n * l2) * np.eye(k)])
    theta = np.linalg.lstsq(stacked, np.concatenate([y, np.zeros(k)]), rcond=None)[0]
    return theta[:-1], float(theta[-1])
