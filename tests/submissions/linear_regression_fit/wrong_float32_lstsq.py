"""Blind tester: the reference's method on float32 copies, w cast back to float64; centring in float32 loses X far from 0."""

import numpy as np

MISTAKES = "float32"


def linear_regression_fit(X, y, l2=0.0):
    n, d = X.shape
    X32 = X.astype(np.float32)
    y32 = y.astype(np.float32)
    xm = X32.mean(axis=0)
    ym = y32.mean()
    A = np.vstack([X32 - xm, np.float32(np.sqrt(n * l2)) * np.eye(d, dtype=np.float32)])
    w = np.linalg.lstsq(A, np.r_[y32 - ym, np.zeros(d, np.float32)], rcond=None)[0]
    return w.astype(np.float64), float(ym - xm @ w)
