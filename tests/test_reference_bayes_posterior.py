"""The bayes_posterior reference agrees with SciPy's softmax of the log-joint, and with an exact
plain-Python computation of Bayes' rule in rationals."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest

from harness.catalog import load_catalog
from harness.proxy import import_file

bayes_posterior = import_file(
    load_catalog()["bayes_posterior"].solution_path, "ref_bayes_posterior"
).bayes_posterior


def _exact_posterior(prior: list[float], likelihood: list[float]) -> list[float] | None:
    """Bayes' rule in exact rational arithmetic, rounded once; None when the evidence is 0."""
    joint = [Fraction(p) * Fraction(q) for p, q in zip(prior, likelihood)]
    evidence = sum(joint)
    if evidence == 0:
        return None
    return [float(j / evidence) for j in joint]


def _problem(rng: np.random.Generator, k: int) -> tuple[np.ndarray, np.ndarray]:
    prior = rng.dirichlet(np.ones(k))
    likelihood = rng.uniform(size=k) * 10.0 ** rng.integers(-200, 1, size=k).astype(float)
    prior[rng.random(k) < 0.2] = 0.0
    likelihood[rng.random(k) < 0.2] = 0.0
    return prior, likelihood


@pytest.mark.parametrize("k", [1, 2, 3, 10, 50])
def test_reference_matches_scipy_softmax_of_the_log_joint(k: int) -> None:
    special = pytest.importorskip("scipy.special")
    rng = np.random.default_rng(k)
    for _ in range(20):
        prior, likelihood = rng.dirichlet(np.ones(k)), rng.uniform(0.01, 1.0, size=k)
        expected = special.softmax(np.log(prior) + np.log(likelihood))
        np.testing.assert_allclose(bayes_posterior(prior, likelihood), expected, rtol=1e-12, atol=0.0)


@pytest.mark.parametrize("k", [1, 2, 5, 20])
def test_reference_matches_exact_rational_arithmetic_or_raises_when_the_evidence_is_zero(k: int) -> None:
    rng = np.random.default_rng(100 + k)
    for _ in range(50):
        prior, likelihood = _problem(rng, k)
        expected = _exact_posterior(prior.tolist(), likelihood.tolist())
        if expected is None:
            with pytest.raises(ValueError):
                bayes_posterior(prior, likelihood)
        else:
            np.testing.assert_allclose(bayes_posterior(prior, likelihood), expected, rtol=1e-14, atol=0.0)


def test_reference_keeps_float32_and_leaves_its_inputs_alone() -> None:
    prior = np.array([0.2, 0.3, 0.5], dtype=np.float32)
    likelihood = np.array([0.9, 0.1, 0.4], dtype=np.float32)
    before = prior.copy(), likelihood.copy()
    assert bayes_posterior(prior, likelihood).dtype == np.float32
    np.testing.assert_array_equal(prior, before[0])
    np.testing.assert_array_equal(likelihood, before[1])
