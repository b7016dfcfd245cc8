"""harness/statistics.py: random answers judged by their moments, within 5 standard errors.

The standard errors are checked against the spread of the moments over many
samples (a wrong formula would make right answers fail, or wrong ones pass), the
messages against the issue's wording, and the naming of mistakes through fake
learners whose answers are drawn in another way than the models draw.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from harness import checks, statistics, wire
from harness.catalog import load_catalog
from harness.proxy import CallResult
from harness.statistics import (
    KURTOSIS,
    MEAN,
    STD,
    ZEROS,
    assert_reproducible,
    expect_random,
    normal_moments,
    off_moment,
    share_of_zeros,
)


class Learner:
    """A learner's function run in this process, as the worker would (markers materialised)."""

    def __init__(self, function):
        self.function = function

    def call(self, *args, **kwargs):
        value = self.function(*wire.materialise(args), **wire.materialise(kwargs))
        return CallResult(value, list(args), dict(kwargs))


def _reference(slug: str):
    from harness.proxy import reference_function

    kata = load_catalog()[slug]
    checks.use_kata(kata, reference_function(kata))
    return reference_function(kata)


@pytest.mark.parametrize("moment", [MEAN, STD, KURTOSIS])
def test_the_standard_errors_of_a_normal_sample_are_the_spread_of_its_moments(moment):
    rng = np.random.default_rng(0)
    size, std = 4000, 0.3
    due = next(d for d in normal_moments(std, size, "0.3") if d.moment == moment)
    scores = [
        (statistics.moment_of(moment, rng.normal(0.0, std, size)) - due.value) / due.standard_error
        for _ in range(400)
    ]
    assert 0.85 <= np.std(scores) <= 1.15 and abs(np.mean(scores)) <= 0.3  # 400 draws: the spread is 1 ± 0.04


def test_the_standard_error_of_a_share_of_zeros_is_the_binomial_one():
    rng = np.random.default_rng(1)
    due = share_of_zeros(0.3, 5000)
    scores = [
        (statistics.moment_of(ZEROS, rng.random(5000) >= 0.3) - 0.3) / due.standard_error for _ in range(400)
    ]
    assert 0.85 <= np.std(scores) <= 1.15


@pytest.mark.parametrize("moment", [MEAN, STD, KURTOSIS, ZEROS])
def test_the_error_estimated_from_a_sample_is_near_the_one_due(moment):
    rng = np.random.default_rng(2)
    sample = rng.normal(0.0, 2.0, 50000) * (rng.random(50000) >= 0.2)
    assert statistics.estimated_error(moment, sample) > 0
    normal = rng.normal(0.0, 2.0, 50000)
    dues = {d.moment: d for d in normal_moments(2.0, 50000, "2")}
    if moment in dues:
        assert statistics.estimated_error(moment, normal) == pytest.approx(
            dues[moment].standard_error, rel=0.05
        )


def test_a_right_normal_sample_passes_and_a_uniform_one_fails_on_its_kurtosis():
    rng = np.random.default_rng(3)
    dues = normal_moments(0.05, 20000, "sqrt(2/(n_in+n_out))")
    assert off_moment(rng.normal(0.0, 0.05, 20000), dues, "your weights", 5.0) is None
    uniform = rng.uniform(-0.05 * math.sqrt(3), 0.05 * math.sqrt(3), 20000)
    said = off_moment(uniform, dues, "your weights", 5.0)
    assert said.startswith("the excess kurtosis of your weights is -1.")
    assert "where 0 (a normal distribution's) is due (" in said and "standard errors off)" in said


def test_a_wrong_standard_deviation_is_said_with_its_ratio_and_standard_errors():
    dues = normal_moments(math.sqrt(2 / 800), 120000, "sqrt(2/(n_in+n_out))")
    said = off_moment(
        np.random.default_rng(4).normal(0.0, math.sqrt(1 / 600), 120000), dues, "your weights", 5.0
    )
    assert said.startswith("the standard deviation of your weights is 0.040")
    assert "where sqrt(2/(n_in+n_out)) = 0.05 is due (0.82x, " in said


def test_a_sample_with_nan_is_off_and_said_to_be_not_finite():
    sample = np.full(1000, np.nan)
    said = off_moment(sample, normal_moments(1.0, 1000, "1"), "your result", 5.0)
    assert said == "the mean of your result is nan where 0 is due (not a finite number)"


def test_fewer_than_five_standard_errors_are_refused():
    with pytest.raises(ValueError, match="5.0 standard errors"):
        expect_random(Learner(lambda: None), lambda: None, dues=[], z=4.0)


def test_a_mistake_is_named_when_the_answer_has_its_moments_though_drawn_another_way():
    reference = _reference("init_weights")

    def lecun(n_in, n_out, scheme, rng):  # the model draws rng.normal((n_in, n_out)); this one transposes
        return rng.standard_normal((n_out, n_in)).T * math.sqrt(1 / n_in)

    dues = normal_moments(math.sqrt(2 / 600), 120000, "sqrt(2/n_in)")
    with pytest.raises(checks.Diagnosed) as failed:
        expect_random(
            Learner(lecun), reference, 600, 200, "he", wire.SeededRng(1), dues=dues, what="your weights"
        )
    diagnosis = failed.value.diagnosis
    assert diagnosis.mistake == "std_sqrt_one_over_n_in"
    assert diagnosis.detail.startswith("the standard deviation of your weights is 0.040")
    assert "uniform_instead_of_normal" in diagnosis.contradicted


def test_a_wrong_answer_no_model_explains_names_nothing_and_says_the_moment():
    reference = _reference("init_weights")

    def too_wide(n_in, n_out, scheme, rng):
        return rng.normal(0.0, 3.0 * math.sqrt(2 / n_in), (n_in, n_out))

    dues = normal_moments(math.sqrt(2 / 600), 120000, "sqrt(2/n_in)")
    with pytest.raises(checks.Diagnosed) as failed:
        expect_random(Learner(too_wide), reference, 600, 200, "he", wire.SeededRng(2), dues=dues)
    assert failed.value.diagnosis.mistake is None
    assert "where sqrt(2/n_in) = 0.05774 is due (3x, " in str(failed.value)


def test_a_wrong_shape_names_the_model_of_that_shape():
    reference = _reference("init_weights")

    def transposed(n_in, n_out, scheme, rng):
        return rng.uniform(-1, 1, (n_out, n_in)) * math.sqrt(3) * math.sqrt(2 / n_in)  # uniform: another draw

    dues = normal_moments(math.sqrt(2 / 600), 120000, "sqrt(2/n_in)")
    with pytest.raises(checks.Diagnosed) as failed:
        expect_random(Learner(transposed), reference, 600, 200, "he", wire.SeededRng(3), dues=dues)
    assert failed.value.diagnosis.found == "shape"
    assert failed.value.diagnosis.mistake is None  # the transposed model draws normals, not uniforms


def test_a_right_answer_drawn_another_way_passes_and_is_returned():
    reference = _reference("dropout")

    def binomial(x, p, rng, training=True):
        return x * rng.binomial(1, 1 - p, x.shape) / (1 - p)

    x = np.ones((200, 100))
    dues = [share_of_zeros(0.3, x.size), statistics.mean_due(1.0, 0.3 / 0.7, x.size, "the mean of x")]
    result = expect_random(Learner(binomial), reference, x, 0.3, wire.SeededRng(4), dues=dues)
    assert result.shape == x.shape and not np.array_equal(result, reference(x, 0.3, wire.SeededRng(4)))


def test_a_float32_result_where_the_input_is_float32_is_required_only_with_same_dtype():
    reference = _reference("dropout")
    x = np.ones((200, 100), dtype=np.float32)
    dues = [share_of_zeros(0.3, x.size)]
    as_float64 = Learner(
        lambda x, p, rng, training=True: x.astype(np.float64) * (rng.random(x.shape) >= p) / (1 - p)
    )
    expect_random(as_float64, reference, x, 0.3, wire.SeededRng(5), dues=dues)
    with pytest.raises(checks.Diagnosed, match="is float64, expected float32"):
        expect_random(as_float64, reference, x, 0.3, wire.SeededRng(5), dues=dues, same_dtype=True)


def test_the_same_seed_must_give_the_same_answer_and_another_seed_another():
    _reference("dropout")
    x = np.ones((10, 10))

    def seeded(x, p, rng, training=True):
        return x * (rng.random(x.shape) >= p)

    assert_reproducible(Learner(seeded), x, 0.5, wire.SeededRng(6))
    unseeded = Learner(lambda x, p, rng, training=True: x * (np.random.random(x.shape) >= p))
    with pytest.raises(checks.Diagnosed) as failed:
        assert_reproducible(unseeded, x, 0.5, wire.SeededRng(6), mistake="random_numbers_not_from_rng")
    assert failed.value.diagnosis.mistake == "random_numbers_not_from_rng"
    assert str(failed.value.diagnosis.detail).endswith(
        "differs between two calls with the same seed (rng = default_rng(6))"
    )
    fixed = Learner(lambda x, p, rng, training=True: x * (np.random.default_rng(0).random(x.shape) >= p))
    with pytest.raises(checks.Diagnosed, match="is the same for seeds 6 and 7: it does not depend on rng"):
        assert_reproducible(fixed, x, 0.5, rng=wire.SeededRng(6))
