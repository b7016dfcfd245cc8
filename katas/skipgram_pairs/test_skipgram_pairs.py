"""Hidden tests of the skipgram_pairs kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

from harness.checks import assert_inputs_unchanged, assert_raises, expect
from harness.compare import type_name
from harness.diagnosis import Diagnosed, Diagnosis

SENTENCE = ["the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog"]


def _assert_a_list_of_tuples(pairs):
    if not isinstance(pairs, list) or not all(isinstance(pair, tuple) for pair in pairs):
        inner = type_name(pairs[0]) if isinstance(pairs, list) and pairs else type_name(pairs)
        raise Diagnosed(
            Diagnosis("type", f"your result holds {inner}; expected a list of (center, context) tuples")
        )


def test_with_a_window_of_1_each_word_pairs_with_its_two_neighbours(learner, reference):
    expect(learner, reference, ["the", "cat", "sat", "on", "the", "mat"], 1)


def test_the_first_words_have_no_left_context_and_nothing_wraps_around(learner, reference):
    expect(learner, reference, SENTENCE, 3)


def test_pairs_come_ordered_by_center_then_by_context_position(learner, reference):
    expect(learner, reference, ["a", "b", "c", "d", "e", "f"], 2)


def test_equal_tokens_at_different_positions_pair_up(learner, reference):
    expect(learner, reference, ["a", "a", "b", "a"], 2)


def test_integer_token_ids_work_like_words(learner, reference):
    expect(learner, reference, [7, 3, 7, 9, 1], 2)


def test_a_window_wider_than_the_sequence_pairs_every_two_positions(learner, reference):
    expect(learner, reference, ["x", "y", "z"], 10)


def test_an_empty_sequence_and_a_single_token_give_no_pairs(learner, reference):
    expect(learner, reference, [], 2)
    expect(learner, reference, ["solo"], 3)


def test_a_sequence_of_300_token_ids_with_a_window_of_5(learner, reference, rng):
    expect(learner, reference, rng.integers(0, 20, size=300).tolist(), 5)


def test_the_result_is_a_list_of_tuples(learner, reference):
    _assert_a_list_of_tuples(expect(learner, reference, ["to", "be", "or", "not"], 1))


def test_the_token_list_is_not_modified(learner):
    assert_inputs_unchanged(learner, ["the", "cat", "sat", "on", "the", "mat"], 2)


def test_a_window_of_0_raises_value_error(learner):
    assert_raises(learner, ValueError, ["a", "b"], 0)
