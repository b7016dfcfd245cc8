"""Hidden tests of the ab_test kata.

Each test only chooses inputs: ``expect`` compares the learner's (z, p_value)
with the reference's and, when they differ, names the mistake model
(mistakes.py) that the answer matches, or says precisely what differs.
"""

from harness.checks import assert_raises, expect


def test_a_textbook_experiment_20_against_25_percent(learner, reference):
    expect(learner, reference, 200, 1000, 250, 1000)


def test_z_is_positive_when_b_converts_more_and_negative_when_less(learner, reference):
    expect(learner, reference, 30, 500, 45, 500)
    expect(learner, reference, 45, 500, 30, 500)


def test_equal_rates_give_z_zero_and_p_value_one(learner, reference):
    expect(learner, reference, 30, 300, 10, 100)


def test_unequal_group_sizes_use_the_pooled_rate(learner, reference):
    expect(learner, reference, 40, 500, 380, 4000)
    expect(learner, reference, 90, 3000, 7, 150)


def test_matches_the_formula_on_random_experiments(learner, reference, rng):
    checked = 0
    while checked < 20:
        n_a, n_b = (int(n) for n in rng.integers(20, 5000, size=2))
        rate = rng.uniform(0.02, 0.6)
        conversions_a = int(rng.binomial(n_a, rate))
        conversions_b = int(rng.binomial(n_b, rate * rng.uniform(0.8, 1.25)))
        if abs(reference(conversions_a, n_a, conversions_b, n_b)[0]) > 4.0:
            continue  # tiny p-values have a test of their own
        expect(learner, reference, conversions_a, n_a, conversions_b, n_b)
        checked += 1


def test_a_huge_difference_keeps_its_tiny_p_value_exact(learner, reference):
    expect(learner, reference, 100, 10000, 400, 10000, atol=0.0)
    expect(learner, reference, 900, 1000, 500, 1000, atol=0.0)


def test_a_group_of_one_visitor_is_allowed(learner, reference):
    expect(learner, reference, 1, 1, 3, 10)
    expect(learner, reference, 0, 8, 1, 1)


def test_no_conversions_at_all_give_z_zero_and_p_value_one(learner, reference):
    expect(learner, reference, 0, 100, 0, 50)
    expect(learner, reference, 0, 1, 0, 1)


def test_every_visitor_converting_gives_z_zero_and_p_value_one(learner, reference):
    expect(learner, reference, 100, 100, 50, 50)
    expect(learner, reference, 1, 1, 7, 7)


def test_a_group_of_size_zero_raises_value_error(learner):
    for case in [(0, 0, 5, 10), (3, 10, 0, 0), (0, 0, 0, 10), (0, 0, 0, 0)]:
        assert_raises(learner, ValueError, *case, mistake="group_of_size_0_accepted")


def test_negative_group_sizes_raise_value_error(learner):
    for case in [(0, -10, 5, 10), (-20, -100, 5, 10), (3, 10, 0, -1)]:
        assert_raises(learner, ValueError, *case)


def test_conversions_outside_zero_to_n_raise_value_error(learner):
    for case in [(12, 10, 5, 100), (-1, 10, 5, 10), (5, 10, 11, 10), (5, 10, -1, 10), (5, 10, -3, 10)]:
        assert_raises(learner, ValueError, *case)
