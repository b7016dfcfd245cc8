"""Hidden tests of the population_stability_index kata.

Each test only chooses inputs: ``expect`` compares the learner's PSI with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, assert_raises, expect


def test_the_same_sample_twice_gives_zero(learner, reference, rng):
    sample = rng.normal(size=200)
    expect(learner, reference, sample, sample.copy())


def test_a_shifted_sample_matches_the_formula(learner, reference, rng):
    expect(learner, reference, rng.normal(size=500), rng.normal(0.4, 1.2, size=300))


def test_a_value_on_an_inner_edge_falls_in_the_bin_above(learner, reference):
    expected = np.arange(9.0)  # bins=4: the quantile edges are exactly 2, 4 and 6
    actual = np.array([0.0, 2.0, 2.0, 4.0, 4.0, 4.0, 5.0, 6.0, 7.0, 8.0])
    expect(learner, reference, expected, actual, bins=4)


def test_the_quantile_levels_are_exactly_arange_over_bins(learner, reference):
    expected = np.arange(11.0)  # the edges are 1, 2, ..., 9 at levels np.arange(1, 10) / 10
    actual = np.array([3.0, 3.0, 6.0, 7.0, 7.0, 1.0, 9.5, 6.0])
    expect(learner, reference, expected, actual)


def test_integer_valued_data_puts_ties_above_the_edge(learner, reference, rng):
    expected = rng.integers(0, 8, size=300).astype(np.float64)
    expect(learner, reference, expected, rng.integers(0, 8, size=200).astype(np.float64), bins=5)


def test_actual_values_beyond_the_expected_range_count_in_the_outer_bins(learner, reference, rng):
    expected = rng.uniform(0.0, 1.0, size=400)
    actual = np.concatenate([rng.uniform(-1.0, 0.0, size=30), rng.uniform(0.0, 1.0, size=200), [1.5, 2.0]])
    expect(learner, reference, expected, actual)


def test_quantile_bins_follow_a_skewed_expected_sample(learner, reference, rng):
    expected = rng.exponential(size=400)
    expect(learner, reference, expected, rng.exponential(1.3, size=300), bins=8)


def test_an_empty_bin_is_clipped_at_eps_in_both_factors(learner, reference, rng):
    expected = rng.normal(size=300)
    actual = rng.normal(size=200)
    actual = actual[actual > np.quantile(expected, 0.3)]  # the three lowest bins stay empty
    expect(learner, reference, expected, actual)


def test_empty_upper_bins_still_count_as_eps(learner, reference, rng):
    expected = rng.normal(size=300)
    actual = rng.normal(size=200)
    actual = actual[actual < np.quantile(expected, 0.7)]  # the three highest bins stay empty
    expect(learner, reference, expected, actual)


def test_eps_passed_as_a_keyword_is_used(learner, reference, rng):
    expected = rng.normal(size=300)
    actual = rng.normal(1.5, 0.5, size=100)
    expect(learner, reference, expected, actual, eps=1e-3)


def test_a_fraction_below_eps_is_raised_to_eps_not_only_an_empty_one(learner, reference):
    actual = np.array([0.0] * 199 + [95.0])  # 1/200 of actual in the top bin, below eps = 0.01
    expect(learner, reference, np.arange(100.0), actual, eps=0.01)  # 3.9214, not 3.9988
    # Every fraction of both samples is 0.2, below eps = 0.3: each bin counts as 0.3 on both sides.
    expect(learner, reference, np.arange(50.0), np.arange(0.0, 50.0, 0.05), bins=5, eps=0.3)


def test_duplicate_quantile_edges_are_dropped(learner, reference, rng):
    expected = np.concatenate([np.zeros(120), rng.normal(size=80)])
    actual = np.concatenate([np.zeros(40), rng.normal(0.3, 1.0, size=110)])
    expect(learner, reference, expected, actual)


def test_samples_of_different_sizes_use_their_own_fractions(learner, reference, rng):
    expect(learner, reference, rng.normal(size=1000), rng.normal(0.1, 1.0, size=37), bins=6)


def test_one_bin_gives_zero(learner, reference, rng):
    expect(learner, reference, rng.normal(size=50), rng.normal(3.0, 1.0, size=20), bins=1)


def test_bins_below_1_raise_value_error(learner, rng):
    expected, actual = rng.normal(size=40), rng.normal(size=30)
    for bins in (0, -1, -5):
        assert_raises(learner, ValueError, expected, actual, bins=bins, mistake="bins_below_1_accepted")


def test_float32_samples_work(learner, reference, rng):
    expected = rng.normal(size=300).astype(np.float32)
    expect(learner, reference, expected, rng.normal(0.5, 1.0, size=200).astype(np.float32))


def test_the_inputs_are_not_modified(learner, rng):
    assert_inputs_unchanged(learner, rng.normal(size=100), rng.normal(size=80), bins=5)
