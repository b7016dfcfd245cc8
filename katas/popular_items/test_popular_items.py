"""Hidden tests of the popular_items kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, assert_raises, expect


def test_items_come_most_frequent_first(learner, reference):
    expect(learner, reference, np.array([4, 1, 4, 2, 1, 4, 0, 4, 1]), 5, 3)


def test_equal_counts_go_to_the_lower_id_whatever_the_order_of_the_log(learner, reference):
    expect(learner, reference, np.array([3, 3, 2, 2, 7, 7, 5, 1, 1, 9]), 10, 4)


def test_ties_among_many_items_stay_in_id_order(learner, reference, rng):
    # 40 items, each seen 0, 1 or 2 times: long runs of ties, where an unstable sort reorders
    item_ids = rng.permutation(np.repeat(np.arange(40), rng.integers(0, 3, size=40)))
    expect(learner, reference, item_ids, 40, 30)


def test_items_never_seen_fill_the_list_with_count_0_in_id_order(learner, reference):
    expect(learner, reference, np.array([5, 2, 5]), 8, 7)


def test_an_empty_log_gives_the_first_k_ids(learner, reference):
    expect(learner, reference, np.array([], dtype=np.int64), 6, 4)


def test_k_equal_to_n_items_ranks_every_item(learner, reference):
    expect(learner, reference, np.array([0, 3, 3, 1, 3, 0]), 4, 4)


def test_a_log_of_100000_interactions_over_1000_items(learner, reference, rng):
    popularity = 1.0 / np.arange(1, 1001) ** 1.1
    expect(learner, reference, rng.choice(1000, size=100_000, p=popularity / popularity.sum()), 1000, 50)


def test_the_log_is_not_modified(learner):
    assert_inputs_unchanged(learner, np.array([3, 1, 3, 2, 1, 3]), 5, 3)


def test_k_above_n_items_raises_value_error(learner):
    assert_raises(learner, ValueError, np.array([0, 1, 1]), 3, 4)


def test_k_of_1_gives_the_single_most_frequent_item(learner, reference):
    expect(learner, reference, np.array([2, 0, 2, 1]), 3, 1)
