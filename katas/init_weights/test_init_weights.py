"""Hidden tests of the init_weights kata.

The weights are random, so ``expect_random`` (harness/statistics.py) judges their
shape and dtype against the reference's, then their mean, standard deviation and
excess kurtosis against those of N(0, std²), each within 5 standard errors. Each
test gives the learner a fixed seed (SeededRng): the reference's way of drawing
gives the same weights on every run, and a right answer drawn another way fails
one moment with a probability below 6e-7 (see harness/statistics.py). Layers hold
at least 15000 weights, so that a wrong std (by a factor 0.71 at the closest) is
dozens of standard errors off; n_in differs from n_out, so that the fan-out and
the transposed shape cannot pass as right.
"""

import numpy as np

from harness.checks import assert_raises
from harness.statistics import assert_reproducible, expect_random, normal_moments
from harness.wire import SeededRng


def _weights(learner, reference, n_in, n_out, scheme, seed):
    std = np.sqrt(2.0 / n_in) if scheme == "he" else np.sqrt(2.0 / (n_in + n_out))
    says = "sqrt(2/n_in)" if scheme == "he" else "sqrt(2/(n_in+n_out))"
    dues = normal_moments(std, n_in * n_out, says)
    return expect_random(
        learner, reference, n_in, n_out, scheme, SeededRng(seed), dues=dues, what="your weights"
    )


def test_he_weights_have_standard_deviation_sqrt_2_over_n_in(learner, reference):
    _weights(learner, reference, 600, 200, "he", seed=1)


def test_he_uses_the_fan_in_when_there_are_more_outputs_than_inputs(learner, reference):
    _weights(learner, reference, 150, 600, "he", seed=2)


def test_xavier_weights_have_standard_deviation_sqrt_2_over_n_in_plus_n_out(learner, reference):
    _weights(learner, reference, 600, 200, "xavier", seed=3)


def test_xavier_weights_with_more_outputs_than_inputs(learner, reference):
    _weights(learner, reference, 150, 600, "xavier", seed=4)


def test_weights_are_normal_not_uniform_on_a_square_layer(learner, reference):
    _weights(learner, reference, 400, 400, "he", seed=5)


def test_weights_have_shape_n_in_by_n_out(learner, reference):
    _weights(learner, reference, 30, 500, "xavier", seed=6)


def test_the_same_seed_gives_the_same_weights_and_another_seed_others(learner):
    assert_reproducible(
        learner, 60, 40, "he", SeededRng(7), what="your weights", mistake="random_numbers_not_from_rng"
    )


def test_unknown_or_misspelt_schemes_raise_value_error(learner):
    for scheme in ("kaiming", "He", "XAVIER", "xavier_uniform", ""):
        assert_raises(learner, ValueError, 8, 4, scheme, SeededRng(8))
