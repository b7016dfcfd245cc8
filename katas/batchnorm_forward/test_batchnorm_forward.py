"""Hidden tests of the batchnorm_forward kata.

Each test only chooses inputs: ``expect`` compares the learner's (y, new_mean,
new_var) with the reference's and, when they differ, names the mistake model
(mistakes.py) that the answer matches, or says precisely what differs.
"""

import numpy as np
import pytest

from harness.checks import assert_inputs_unchanged, assert_raises, expect


def layer(rng, n, d, dtype=np.float64):
    """A batch x (n, d) whose features have different means and spreads, and the layer's
    gamma, beta and running statistics, all away from the batch's own statistics."""
    x = rng.normal(loc=rng.uniform(-3.0, 3.0, d), scale=rng.uniform(0.5, 4.0, d), size=(n, d))
    gamma = rng.uniform(0.5, 2.0, d) * rng.choice([-1.0, 1.0], d)
    beta = rng.uniform(-2.0, 2.0, d)
    running_mean = rng.uniform(-1.0, 1.0, d)
    running_var = rng.uniform(0.5, 3.0, d)
    return tuple(a.astype(dtype) for a in (x, gamma, beta, running_mean, running_var))


def test_training_normalises_with_the_batch_statistics(learner, reference, rng):
    expect(learner, reference, *layer(rng, 8, 3), True)


def test_a_batch_of_two_updates_the_running_variance_with_the_unbiased_variance(learner, reference, rng):
    """With N = 2 the unbiased variance is twice the biased one."""
    expect(learner, reference, *layer(rng, 2, 4), True)


def test_a_larger_batch_of_many_features(learner, reference, rng):
    expect(learner, reference, *layer(rng, 32, 10), True)


def test_a_square_batch_is_normalised_along_the_batch_axis(learner, reference, rng):
    expect(learner, reference, *layer(rng, 5, 5), True)


@pytest.mark.parametrize("momentum", [0.3, 0.0, 1.0])
def test_momentum_weights_the_batch_statistics(learner, reference, rng, momentum):
    expect(learner, reference, *layer(rng, 6, 3), True, momentum=momentum)


def test_eps_goes_inside_the_square_root(learner, reference, rng):
    """Features of variance near 1e-6, below eps = 1e-5: where eps goes decides the scale."""
    x, gamma, beta, running_mean, running_var = layer(rng, 6, 4)
    expect(learner, reference, x * 1e-3, gamma, beta, running_mean, running_var, True)


def test_eps_passed_as_a_keyword_is_used(learner, reference, rng):
    expect(learner, reference, *layer(rng, 6, 3), True, momentum=0.25, eps=0.5)


def test_a_constant_feature_gives_beta_not_nan(learner, reference, rng):
    x, gamma, beta, running_mean, running_var = layer(rng, 5, 3)
    x[:, 1] = 2.5
    expect(learner, reference, x, gamma, beta, running_mean, running_var, True)


def test_features_with_a_large_mean_keep_their_precision(learner, reference, rng):
    """Mean 1e5, spread 1: E[x²] - E[x]² loses about ten digits to cancellation."""
    x, gamma, beta, running_mean, running_var = layer(rng, 16, 3)
    expect(learner, reference, x + 1e5, gamma, beta, running_mean + 1e5, running_var, True)


def test_eval_normalises_with_the_running_statistics_and_returns_them_unchanged(learner, reference, rng):
    expect(learner, reference, *layer(rng, 6, 3), False)


def test_eval_uses_momentum_and_eps_as_given(learner, reference, rng):
    x, gamma, beta, running_mean, running_var = layer(rng, 4, 3)
    expect(
        learner, reference, x, gamma, beta, running_mean, running_var * 1e-4, False, momentum=0.5, eps=1e-3
    )


def test_eval_works_on_a_single_sample(learner, reference, rng):
    expect(learner, reference, *layer(rng, 1, 4), False)


def test_eval_works_on_an_empty_batch(learner, reference, rng):
    expect(learner, reference, *layer(rng, 0, 3), False)


@pytest.mark.parametrize("n", [1, 0])
def test_training_on_fewer_than_two_samples_raises(learner, rng, n):
    assert_raises(learner, ValueError, *layer(rng, n, 3), True)


def test_float32_input_works_in_training(learner, reference, rng):
    expect(learner, reference, *layer(rng, 8, 4, np.float32), True)


def test_float32_input_works_in_eval(learner, reference, rng):
    expect(learner, reference, *layer(rng, 8, 4, np.float32), False)


def test_float64_input_gives_float64_results(learner, reference, rng):
    expect(learner, reference, *layer(rng, 7, 2), True, momentum=0.2)


@pytest.mark.parametrize("training", [True, False])
def test_inputs_are_not_modified(learner, rng, training):
    assert_inputs_unchanged(learner, *layer(rng, 6, 3), training)  # the values are other tests' job
