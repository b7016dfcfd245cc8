"""Hidden tests of the scaled_dot_product_attention kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, assert_probabilities, expect


def _random_mask(rng, shape):
    """A boolean mask with at least one True key in every query row."""
    mask = rng.random(shape) < 0.5
    rows = mask.reshape(-1, shape[-1])
    rows[np.arange(rows.shape[0]), rng.integers(shape[-1], size=rows.shape[0])] = True
    return mask


def test_a_single_key_gets_all_the_weight(learner, reference):
    Q = np.array([[1.0, 2.0], [-3.0, 0.5]])
    K = np.array([[0.5, -1.0]])
    V = np.array([[4.0, -2.0, 7.0]])
    expect(learner, reference, Q, K, V)


def test_matches_the_formula_on_one_unbatched_sequence(learner, reference, rng):
    Q, K, V = (rng.normal(size=(5, 4)) for _ in range(3))
    expect(learner, reference, Q, K, V)


def test_the_weights_of_each_query_sum_to_one_over_the_keys(learner, reference, rng):
    Q = rng.normal(scale=2.0, size=(3, 6))
    K = rng.normal(scale=2.0, size=(6, 6))
    V = np.eye(6)  # with V = I the result is the attention weights themselves
    assert_probabilities(expect(learner, reference, Q, K, V), axis=-1)


def test_query_and_key_lengths_and_value_width_may_differ(learner, reference, rng):
    Q = rng.normal(size=(3, 4))
    K = rng.normal(size=(7, 4))
    V = rng.normal(size=(7, 2))
    expect(learner, reference, Q, K, V)


def test_scores_are_divided_by_the_square_root_of_dk(learner, reference, rng):
    Q = rng.normal(size=(4, 9))
    K = rng.normal(size=(5, 9))
    V = rng.normal(size=(5, 4))
    expect(learner, reference, Q, K, V)


def test_works_on_a_batch_of_sequences(learner, reference, rng):
    Q = rng.normal(size=(2, 3, 4))
    K = rng.normal(size=(2, 5, 4))
    V = rng.normal(size=(2, 5, 4))
    expect(learner, reference, Q, K, V)


def test_a_cube_shaped_batch_is_not_silently_mixed_up(learner, reference, rng):
    Q, K, V = (rng.normal(size=(3, 3, 3)) for _ in range(3))
    expect(learner, reference, Q, K, V)


def test_works_with_batch_and_head_dimensions(learner, reference, rng):
    Q = rng.normal(size=(2, 3, 4, 8))
    K = rng.normal(size=(2, 3, 6, 8))
    V = rng.normal(size=(2, 3, 6, 8))
    expect(learner, reference, Q, K, V)


def test_a_causal_mask_hides_future_keys(learner, reference, rng):
    Q = rng.normal(size=(5, 4))
    K = rng.normal(size=(5, 4))
    V = rng.normal(size=(5, 4))
    causal = np.tril(np.ones((5, 5), dtype=bool))
    expect(learner, reference, Q, K, V, mask=causal)


def test_masked_keys_get_zero_weight(learner, reference, rng):
    Q = rng.normal(size=(4, 6))
    K = rng.normal(size=(6, 6))
    V = np.eye(6)  # with V = I the result is the attention weights themselves
    expect(learner, reference, Q, K, V, mask=_random_mask(rng, (4, 6)))


def test_the_weights_a_mask_leaves_still_sum_to_one(learner, reference, rng):
    Q = rng.normal(size=(4, 6))
    K = rng.normal(size=(6, 6))
    V = np.eye(6)
    weights = expect(learner, reference, Q, K, V, mask=_random_mask(rng, (4, 6)))
    assert_probabilities(weights, axis=-1)


def test_a_masked_key_gets_zero_weight_even_with_the_largest_score(learner, reference):
    Q = np.array([[100.0, 0.0], [0.0, 100.0]])
    K = np.array([[500.0, 0.0], [10.0, 5.0], [9.0, 5.0]])
    V = np.eye(3)
    mask = np.array([[False, True, True], [False, True, True]])
    expect(learner, reference, Q, K, V, mask=mask)


def test_a_masked_key_gets_zero_weight_when_the_keys_left_score_below_any_finite_fill(learner, reference):
    K = np.array([[0.0], [-1e12]])  # the key left has a score far below any finite fill
    V = np.array([[1.0], [2.0]])
    expect(learner, reference, np.array([[1.0]]), K, V, mask=np.array([[False, True]]))


def test_a_masked_key_gets_zero_weight_when_its_score_is_above_any_finite_penalty(learner, reference):
    K = np.array([[2e12], [0.0]])  # the masked key's score is far above any finite penalty
    V = np.array([[1.0], [2.0]])
    expect(learner, reference, np.array([[1.0]]), K, V, mask=np.array([[False, True]]))


def test_a_masked_key_gets_zero_weight_when_the_key_left_scores_just_below_minus_1e4(learner, reference):
    # a fill of -1e4 or a penalty of -10000 (BERT's) leaves the masked key a share of the weight,
    # and each a different share; a fill of -1e9 does not, so this input tells the finite fills apart
    K = np.array([[3.0], [-10001.0]])
    V = np.array([[1.0], [2.0]])
    expect(learner, reference, np.array([[1.0]]), K, V, mask=np.array([[False, True]]))


def test_a_masked_key_gets_zero_weight_when_the_key_left_scores_just_below_minus_1e9(learner, reference):
    K = np.array([[3.0], [-1e9 - 1.0]])  # the same, for a fill or a penalty of -1e9
    V = np.array([[1.0], [2.0]])
    expect(learner, reference, np.array([[1.0]]), K, V, mask=np.array([[False, True]]))


def test_a_query_by_key_mask_broadcasts_over_batch_and_heads(learner, reference, rng):
    Q = rng.normal(size=(2, 3, 5, 4))
    K = rng.normal(size=(2, 3, 5, 4))
    V = rng.normal(size=(2, 3, 5, 4))
    causal = np.tril(np.ones((5, 5), dtype=bool))
    expect(learner, reference, Q, K, V, mask=causal)


def test_a_padding_mask_of_one_row_hides_the_same_keys_from_every_query(learner, reference, rng):
    Q = rng.normal(size=(3, 4, 5))
    K = rng.normal(size=(3, 6, 5))
    V = rng.normal(size=(3, 6, 5))
    lengths = np.array([6, 2, 4])
    padding = (np.arange(6) < lengths[:, None])[:, None, :]  # shape (3, 1, 6)
    expect(learner, reference, Q, K, V, mask=padding)


def test_no_mask_is_the_same_as_an_all_true_mask(learner, reference, rng):
    Q = rng.normal(size=(2, 4, 3))
    K = rng.normal(size=(2, 5, 3))
    V = rng.normal(size=(2, 5, 3))
    expect(learner, reference, Q, K, V)
    expect(learner, reference, Q, K, V, mask=np.ones((2, 4, 5), dtype=bool))


def test_large_scores_stay_finite_and_exact(learner, reference, rng):
    Q = rng.normal(size=(2, 4, 8)) * 1e3
    K = rng.normal(size=(2, 6, 8))
    V = rng.normal(size=(2, 6, 8))
    expect(learner, reference, Q, K, V)


def test_a_query_far_below_the_largest_score_does_not_give_nan(learner, reference):
    Q = np.array([[100.0, 0.0], [-100.0, 0.0]])
    K = np.array([[10.0, 0.0], [9.0, 1.0]])
    V = np.array([[1.0, -2.0], [3.0, 0.5]])
    expect(learner, reference, Q, K, V)


def test_float32_input_works(learner, reference, rng):
    Q, K, V = (rng.normal(size=(2, 3, 5, 4)).astype(np.float32) for _ in range(3))
    expect(learner, reference, Q, K, V, mask=_random_mask(rng, (2, 3, 5, 5)))


def test_float64_input_gives_a_float64_result(learner, reference, rng):
    Q = rng.normal(size=(3, 4))
    K = rng.normal(size=(5, 4))
    V = 1.0 + rng.normal(size=(5, 4)) * 1e-4
    expect(learner, reference, Q, K, V)


def test_inputs_are_not_modified(learner, rng):
    Q = rng.normal(size=(2, 4, 3))
    K = rng.normal(size=(2, 4, 3))
    V = rng.normal(size=(2, 4, 3))
    mask = _random_mask(rng, (2, 4, 4))
    assert_inputs_unchanged(learner, Q, K, V, mask)  # the values are other tests' job
