"""Reference solution of the linear_regression_fit kata."""

import math

import numpy as np


def linear_regression_fit(X: np.ndarray, y: np.ndarray, l2: float = 0.0) -> tuple[np.ndarray, float]:
    """Least squares (ridge when l2 > 0) with an unpenalised intercept.

    Minimises (1/n)‖y - Xw - b‖² + l2‖w‖². The intercept is not penalised, so at the
    minimum b = ȳ - x̄·w, and w minimises the same objective on centred data; that
    is a least-squares problem again once √(n·l2)·I is stacked under the centred X
    (and zeros under the centred y):

        (1/n)‖yc - Xc w‖² + l2‖w‖² = (1/n)‖[yc; 0] - [Xc; √(n·l2) I] w‖²

    numpy.linalg.lstsq solves it by SVD, which also copes with a rank-deficient X
    (duplicated or constant columns, more features than samples; l2 = 0): it then
    returns the minimiser of least norm. The same solution as scikit-learn's
    Ridge(alpha=n·l2) (whose loss is a sum, not a mean) or LinearRegression.

    Parameters
    ----------
    X : ndarray of shape (n, d)
        Inputs, one row per sample, float64 or float32; n >= 1.
    y : ndarray of shape (n,)
        Targets.
    l2 : float, default 0.0
        Strength of the penalty on w, at least 0.

    Returns
    -------
    w : ndarray of shape (d,)
        The weights, of X's float dtype.
    b : float
        The intercept, a Python float.

    Raises nothing of its own: inconsistent shapes raise NumPy's errors.
    """
    n, d = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    stacked = np.vstack([X - x_mean, math.sqrt(n * l2) * np.eye(d, dtype=X.dtype)])
    targets = np.concatenate([y - y_mean, np.zeros(d, dtype=y.dtype)])
    w = np.linalg.lstsq(stacked, targets, rcond=None)[0]
    return w, float(y_mean - x_mean @ w)
