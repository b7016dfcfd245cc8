"""The als_user_update reference agrees with scikit-learn's Ridge (no intercept) fitted on each
user's observed ratings, and with an independent plain least-squares solve per user."""

from __future__ import annotations

import numpy as np
import pytest

from harness.catalog import load_catalog
from harness.proxy import import_file

als_user_update = import_file(
    load_catalog()["als_user_update"].solution_path, "ref_als_user_update"
).als_user_update


def problem(seed: int):
    rng = np.random.default_rng(seed)
    n_users, n_items, k = 9, 15, 3
    observed = rng.random((n_users, n_items)) < 0.5
    observed[0] = False  # a user with no observation
    observed[1:, :k] = True  # every other user has at least k
    R = np.where(
        observed, rng.uniform(1.0, 5.0, size=observed.shape), rng.normal(scale=100.0, size=observed.shape)
    )
    return R, observed, rng.normal(size=(n_items, k))


@pytest.mark.parametrize("reg", [0.0, 0.1, 3.0])
def test_reference_matches_sklearn_ridge_per_user(reg: float) -> None:
    linear_model = pytest.importorskip("sklearn.linear_model")
    R, observed, Q = problem(int(reg * 10))
    P = als_user_update(R, observed, Q, reg)
    assert P.shape == (len(R), Q.shape[1])
    np.testing.assert_array_equal(P[0], 0.0)
    for u in range(1, len(R)):
        model = linear_model.Ridge(alpha=reg, fit_intercept=False, solver="cholesky" if reg else "svd")
        model.fit(Q[observed[u]], R[u, observed[u]])
        np.testing.assert_allclose(P[u], model.coef_, rtol=1e-8, atol=1e-10)


def test_reference_matches_a_least_squares_solve_of_the_stacked_system() -> None:
    """min ‖Q_Ω p − r_Ω‖² + reg‖p‖² is the least-squares problem of [Q_Ω; √reg·I] p = [r_Ω; 0]."""
    R, observed, Q = problem(5)
    reg, k = 0.7, Q.shape[1]
    P = als_user_update(R, observed, Q, reg)
    for u in range(1, len(R)):
        A = np.vstack([Q[observed[u]], np.sqrt(reg) * np.eye(k)])
        b = np.concatenate([R[u, observed[u]], np.zeros(k)])
        np.testing.assert_allclose(P[u], np.linalg.lstsq(A, b, rcond=None)[0], rtol=1e-9, atol=1e-11)
