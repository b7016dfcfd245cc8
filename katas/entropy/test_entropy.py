"""Hidden tests of the entropy kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect


def test_a_fair_coin_has_one_bit(learner, reference):
    expect(learner, reference, np.array([0.5, 0.5]))


def test_matches_the_formula_on_a_random_distribution(learner, reference, rng):
    expect(learner, reference, rng.dirichlet(np.ones(6)))


def test_a_certain_outcome_has_entropy_zero_not_nan(learner, reference):
    expect(learner, reference, np.array([0.0, 1.0, 0.0]))


def test_zero_probabilities_contribute_nothing(learner, reference):
    expect(learner, reference, np.array([0.25, 0.0, 0.25, 0.5, 0.0]))


def test_zero_probabilities_make_no_warning(learner, reference):
    """The catalog: 0·log 0 = 0, "no NaN, no warning"; np.log(0) warns even where it is masked later."""
    expect(learner, reference, np.array([[0.5, 0.0, 0.5], [1.0, 0.0, 0.0]]), no_warnings=True)


def test_tiny_probabilities_are_counted_exactly(learner, reference):
    p = np.array([[1.0 - 2e-10, 1e-10, 1e-10], [1.0 - 1e-7, 1e-7, 0.0], [0.5, 0.5 - 1e-12, 1e-12]])
    expect(learner, reference, p)


def test_each_row_of_a_batch_gets_its_own_entropy(learner, reference, rng):
    p = rng.dirichlet(np.ones(4), size=3)
    p[1] = [0.0, 0.5, 0.0, 0.5]
    expect(learner, reference, p)


def test_works_on_a_batch_of_matrices(learner, reference, rng):
    expect(learner, reference, rng.dirichlet(np.ones(5), size=(2, 3)))


def test_batch_axes_of_length_one_are_kept(learner, reference, rng):
    """The result has shape p.shape[:-1]: a batch of one distribution is an array of shape (1,)."""
    expect(learner, reference, rng.dirichlet(np.ones(3), size=(3, 1)))
    expect(learner, reference, np.array([[0.25, 0.75]]))


def test_p_is_used_as_given_not_renormalised(learner, reference):
    p = np.array([[0.3, 0.3], [0.1, 0.2], [0.5, 0.7]])  # sums 0.6, 0.3 and 1.2
    expect(learner, reference, p)


def test_base_e_gives_nats_and_base_10_gives_digits(learner, reference, rng):
    p = rng.dirichlet(np.ones(5), size=2)
    expect(learner, reference, p, base=np.e)
    expect(learner, reference, p[0], 10.0)


def test_a_uniform_distribution_over_eight_outcomes_has_three_bits(learner, reference):
    expect(learner, reference, np.full(8, 0.125))


def test_float32_probabilities_work(learner, reference, rng):
    p = rng.dirichlet(np.ones(6), size=3).astype(np.float32)
    p[0, :3] = 0.0
    expect(learner, reference, p, rtol=1e-5, atol=1e-6)
    expect(learner, reference, p[1], rtol=1e-5, atol=1e-6)


def test_float64_probabilities_give_float64_entropies(learner, reference, rng):
    expect(learner, reference, rng.dirichlet(np.full(7, 0.5), size=4))


def test_probabilities_are_not_modified(learner, rng):
    p = rng.dirichlet(np.ones(4), size=3)
    p[0, 0] = 0.0
    assert_inputs_unchanged(learner, p)  # the values are other tests' job
