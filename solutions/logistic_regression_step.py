"""Reference solution of the logistic_regression_step kata."""

import numpy as np


def logistic_regression_step(
    X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float, lr: float, l2: float = 0.0
) -> tuple[np.ndarray, float]:
    """One full-batch gradient-descent step of L2-regularised logistic regression.

    The loss is the mean binary cross-entropy of σ(Xw + b) plus l2·Σw² (the intercept
    b is not penalised, as in scikit-learn's LogisticRegression). Its gradients are
    dw = Xᵀ(σ - y)/n + 2·l2·w and db = mean(σ - y) (the derivative of BCE through the
    sigmoid is σ - y); both are taken at the old w and b, then w -= lr·dw, b -= lr·db.
    The sigmoid uses exp(-|z|), which never overflows, so logits of any size give a
    finite step and no NumPy warning.

    Parameters
    ----------
    X : ndarray of shape (n, d)
        Features, one example a row.
    y : ndarray of shape (n,)
        Labels, 0 or 1 (int or float).
    w : ndarray of shape (d,)
        Weights before the step.
    b : float
        Intercept before the step.
    lr : float
        Learning rate.
    l2 : float, default 0.0
        Strength of the penalty l2·Σw².

    Returns
    -------
    w : ndarray of shape (d,)
        The new weights, float64 for float64 inputs.
    b : float
        The new intercept, a Python float.

    Raises
    ------
    Nothing of its own: the catalog names no ValueError case (mismatched shapes make
    NumPy's matmul raise ValueError).
    """
    z = X @ w + b
    small = np.exp(-np.abs(z))
    residual = np.where(z >= 0, 1.0, small) / (1.0 + small) - y  # σ(z) - y
    grad_w = X.T @ residual / X.shape[0] + 2.0 * l2 * w
    grad_b = np.mean(residual)
    return w - lr * grad_w, float(b - lr * grad_b)
