"""Hidden tests of the dot_product kata.

Each test only chooses inputs: ``expect`` compares the learner's number with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, assert_raises, expect


def test_one_two_three_dot_four_five_six_is_32(learner, reference):
    expect(learner, reference, np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0, 6.0]))


def test_matches_the_sum_of_products_on_random_vectors(learner, reference, rng):
    for length in (1, 2, 7, 50):
        expect(learner, reference, rng.normal(size=length), rng.normal(size=length))


def test_orthogonal_vectors_give_zero(learner, reference):
    expect(learner, reference, np.array([1.0, 0.0, -1.0, 2.0]), np.array([1.0, 5.0, 1.0, 0.0]))


def test_negative_entries_can_make_the_result_negative(learner, reference, rng):
    a = np.abs(rng.normal(size=6)) + 0.5
    expect(learner, reference, a, -2.0 * a[::-1])


def test_two_empty_vectors_give_zero(learner, reference):
    expect(learner, reference, np.zeros(0), np.zeros(0))


def test_vectors_of_different_lengths_raise_value_error(learner, rng):
    for length_a, length_b in ((3, 4), (5, 2), (0, 3)):
        a, b = rng.normal(size=length_a), rng.normal(size=length_b)
        assert_raises(learner, ValueError, a, b)


def test_a_length_1_vector_does_not_broadcast_against_a_longer_one(learner, rng):
    for a, b in ((np.array([2.0]), rng.normal(size=5)), (rng.normal(size=4), np.array([-3.0]))):
        assert_raises(learner, ValueError, a, b, mistake="length_1_broadcasts")


def test_float32_vectors_work(learner, reference, kata, rng):
    a, b = rng.normal(size=20).astype(np.float32), rng.normal(size=20).astype(np.float32)
    tolerance = kata.tolerance  # the expected result is a float: name the float32 tolerances
    expect(learner, reference, a, b, rtol=tolerance.rtol_float32, atol=tolerance.atol_float32)


def test_float64_vectors_keep_float64_precision(learner, reference, rng):
    expect(learner, reference, rng.normal(size=9) + 1e-3, rng.normal(size=9) * 1e3)


def test_inputs_are_not_modified(learner, rng):
    assert_inputs_unchanged(learner, rng.normal(size=6), rng.normal(size=6))
