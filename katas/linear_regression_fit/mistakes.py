"""Mistake models of the linear_regression_fit kata: what a learner who makes each mistake returns.

Each function takes linear_regression_fit's arguments and computes the wrong
(w, b) that mistake gives (or raises what it raises). The hidden tests judge an
answer by the objective it reaches; when that is not the minimum, they compare
the answer with the reference's to name the model it matches.
"""

import math

import numpy as np

from harness.diagnosis import mistake


def _ridge(A, target, strength):
    """The least-squares solution of ‖target - A v‖² + strength·‖v‖²."""
    stacked = np.vstack([A, math.sqrt(strength) * np.eye(A.shape[1])])
    return np.linalg.lstsq(stacked, np.concatenate([target, np.zeros(A.shape[1])]), rcond=None)[0]


@mistake(
    "you fit no intercept (b = 0): the data need not be centred, so fit b too, unpenalised; "
    "for example centre X and y, solve for w, then b = mean(y) - mean(X)·w"
)
def no_intercept(X, y, l2=0.0):
    return _ridge(X, y, len(y) * l2), 0.0


@mistake(
    "you ignore l2: the objective adds l2·Σw² to the mean squared error (ridge), which "
    "shrinks w; on centred data solve (XcᵀXc + n·l2·I) w = Xcᵀyc"
)
def l2_ignored(X, y, l2=0.0):
    x_mean, y_mean = X.mean(axis=0), y.mean()
    w = _ridge(X - x_mean, y - y_mean, 0.0)
    return w, float(y_mean - x_mean @ w)


@mistake(
    "you penalise the intercept too (a column of ones under the same l2): the objective "
    "penalises only w, so leave b out of the penalty (or centre X and y, which removes b)"
)
def intercept_penalised(X, y, l2=0.0):
    ones = np.hstack([X, np.ones((len(y), 1))])
    solution = _ridge(ones, y, len(y) * l2)
    return solution[:-1], float(solution[-1])


@mistake(
    "your penalty is l2 where the objective's loss is a mean: (1/n)‖r‖² + l2‖w‖² has the "
    "minimum of ‖r‖² + n·l2‖w‖², so add n·l2·I to XᵀX (scikit-learn's Ridge has alpha = n·l2)"
)
def penalty_not_scaled_by_n(X, y, l2=0.0):
    x_mean, y_mean = X.mean(axis=0), y.mean()
    w = _ridge(X - x_mean, y - y_mean, l2)
    return w, float(y_mean - x_mean @ w)


@mistake(
    "you solve the normal equations XᵀX w = Xᵀy, whose matrix is singular when X is rank-"
    "deficient (equal or constant columns, more features than samples): use np.linalg.lstsq "
    "or np.linalg.pinv, which return a minimiser all the same",
    method=("inv", "solve"),
)
def singular_normal_equations(X, y, l2=0.0, method="inv"):
    x_mean, y_mean = X.mean(axis=0), y.mean()
    centred = X - x_mean
    gram = centred.T @ centred + len(y) * l2 * np.eye(X.shape[1])
    if method == "inv":
        w = np.linalg.inv(gram) @ (centred.T @ (y - y_mean))
    else:
        w = np.linalg.solve(gram, centred.T @ (y - y_mean))
    return w, float(y_mean - x_mean @ w)


@mistake(
    "you solve the normal equations of X with a column of ones, uncentred: [X, 1]ᵀ[X, 1] "
    "squares the condition number, so columns far from 0 (mean 1e4, spread 1) lose the fit "
    "to rounding; centre X and y first (b = mean(y) - mean(X)·w), or use np.linalg.lstsq",
    hermitian=(False, True),
)
def uncentred_normal_equations(X, y, l2=0.0, hermitian=False):
    n, d = X.shape
    ones = np.hstack([X, np.ones((n, 1))])
    penalty = n * l2 * np.eye(d + 1)
    penalty[d, d] = 0.0
    theta = np.linalg.pinv(ones.T @ ones + penalty, hermitian=hermitian) @ (ones.T @ y)
    return theta[:d], float(theta[d])
