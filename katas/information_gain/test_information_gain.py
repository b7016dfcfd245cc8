"""Hidden tests of the information_gain kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's (a float, in bits) and, when they differ, names the mistake model
(mistakes.py) that the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, assert_raises, expect


def _split(labels, rng, parts):
    """labels shuffled and cut into parts non-empty children."""
    shuffled = rng.permutation(labels)
    cuts = np.sort(rng.choice(np.arange(1, len(labels)), size=parts - 1, replace=False))
    return np.split(shuffled, cuts)


def test_a_perfect_split_of_two_balanced_classes_gains_one_bit(learner, reference):
    expect(learner, reference, np.array([0, 1, 1, 0]), [np.array([0, 0]), np.array([1, 1])])


def test_a_split_that_keeps_the_class_mix_gains_nothing(learner, reference):
    parent = np.array([0, 1, 2, 0, 1, 2, 0, 1, 2, 2, 1, 0])
    expect(learner, reference, parent, [parent[:6], parent[6:]])


def test_matches_the_formula_on_a_random_split(learner, reference, rng):
    parent = rng.integers(0, 3, size=60)
    parent[:3] = [0, 1, 2]
    expect(learner, reference, parent, _split(parent, rng, 3))


def test_children_are_weighted_by_their_size(learner, reference):
    parent = np.array([0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 1, 1])
    expect(learner, reference, parent, [parent[:2], parent[2:]])


def test_pure_children_missing_some_classes_give_no_nan(learner, reference):
    parent = np.array([0, 1, 2, 2, 1, 0, 2])
    expect(learner, reference, parent, [np.array([0, 0]), np.array([1, 1]), np.array([2, 2, 2])])


def test_an_empty_child_weighs_nothing(learner, reference):
    parent = np.array([0, 1, 1, 0, 1])
    empty = np.array([], dtype=parent.dtype)
    expect(learner, reference, parent, [parent[:3], empty, parent[3:]])


def test_an_empty_parent_raises_value_error(learner):
    empty = np.array([], dtype=np.int64)
    assert_raises(learner, ValueError, empty, [empty], mistake="empty_parent_not_rejected")
    assert_raises(learner, ValueError, empty, [empty, empty], mistake="empty_parent_not_rejected")


def test_labels_may_be_negative_or_far_apart(learner, reference):
    parent = np.array([-3, 7, 1000, -3, 7, -3, 1000, 1000])
    expect(learner, reference, parent, [parent[:3], parent[3:]])


def test_labels_far_apart_need_no_count_for_every_value_between(learner, reference):
    """int8 100 - (-100) wraps to -56; counting every value from 0 to 10**12 needs terabytes."""
    parent = np.array([-100, 100, 100, -100, 100], dtype=np.int8)
    expect(learner, reference, parent, [parent[:2], parent[2:]])
    parent = np.array([0, 10**12, 10**12, 0, 10**12])
    expect(learner, reference, parent, [parent[:2], parent[2:]])


def test_one_child_holding_every_label_gains_nothing(learner, reference, rng):
    parent = rng.integers(0, 4, size=10)
    parent[:2] = [0, 3]
    expect(learner, reference, parent, [rng.permutation(parent)])


def test_one_child_per_label_gains_the_parents_whole_entropy(learner, reference, rng):
    parent = rng.integers(0, 5, size=9)
    parent[:2] = [0, 4]
    expect(learner, reference, parent, [parent[i : i + 1] for i in range(9)])


def test_many_labels_of_other_integer_dtypes(learner, reference, rng):
    parent = rng.integers(0, 6, size=200).astype(np.int32)
    parent[:6] = np.arange(6)
    expect(learner, reference, parent, _split(parent, rng, 4))


def test_the_parent_and_children_are_not_modified(learner, rng):
    parent = rng.integers(0, 3, size=12)
    children = [parent[:5].copy(), parent[5:].copy()]
    assert_inputs_unchanged(learner, parent, children)  # the arrays of the list too; values are others' job
