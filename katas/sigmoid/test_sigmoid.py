"""Hidden tests of the sigmoid kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect


def test_logits_of_plus_or_minus_1000_make_numpy_warn_nothing(learner, reference):
    z = np.array([-1000.0, -720.0, -3.0, 0.0, 3.0, 720.0, 1000.0])
    expect(learner, reference, z, no_warnings="both_branches_overflow")  # the catalog: no warning


def test_zero_gives_one_half(learner, reference):
    expect(learner, reference, np.array([0.0, -0.0]))


def test_matches_the_formula_on_random_logits(learner, reference, rng):
    expect(learner, reference, rng.normal(scale=3.0, size=9))


def test_negative_logits_down_to_minus_40_keep_every_digit(learner, reference, rng):
    expect(learner, reference, -rng.uniform(8.0, 40.0, size=8))


def test_very_negative_logits_give_tiny_values_not_zero(learner, reference):
    z = np.array([-50.0, -100.0, -300.0, -600.0, -705.0, -709.0, -720.0, -740.0, -744.0])
    expect(learner, reference, z)  # sigma(-720) = 2.0e-313, a subnormal float64, not 0


def test_large_positive_logits_give_one_not_nan(learner, reference):
    expect(learner, reference, np.array([1.0, 30.0, 40.0, 100.0, 709.0, 710.0, 800.0, 1000.0]))


def test_the_whole_range_from_minus_1000_to_1000_is_exact(learner, reference):
    expect(learner, reference, np.linspace(-1000.0, 1000.0, 4001))


def test_works_on_a_batch_of_any_shape(learner, reference, rng):
    expect(learner, reference, rng.normal(scale=20.0, size=(2, 3, 4)))
    expect(learner, reference, np.zeros((0, 3)))


def test_a_python_number_gives_a_python_float(learner, reference):
    for z in (0.5, -3.0, 2, -720.0, 800.0):
        expect(learner, reference, z)


def test_float32_input_works(learner, reference, rng):
    expect(learner, reference, rng.normal(scale=8.0, size=(3, 5)).astype(np.float32))


def test_float64_input_gives_a_float64_result(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(4, 2)) * 1e-3)


def test_input_is_not_modified(learner, rng):
    z = np.concatenate([-rng.uniform(1.0, 800.0, size=4), rng.uniform(1.0, 800.0, size=4)])
    assert_inputs_unchanged(learner, z)  # the values are other tests' job
