"""Hidden tests of the scaled_dot_product_attention kata."""

import numpy as np

from harness.checks import (
    answer,
    assert_close,
    assert_inputs_unchanged,
    assert_matches_reference,
    assert_probabilities,
)

SHAPE = (
    "the result has shape (..., L_q, d_v): one row per query, as wide as a row of V, "
    "with the same leading (batch) dimensions as Q"
)
SINGLE_KEY = (
    "with a single key, each query's softmax over the keys is a row with one entry, "
    "so its weight is 1 and every row of the result is V's only row"
)
SIZES = (
    "L_q, L_k, d_k and d_v may be four different sizes: the weights are (L_q, L_k), the "
    "result is (L_q, d_v), and the scores are divided by the square root of d_k (the width "
    "of Q and K), not of d_v"
)
SOFTMAX_AXIS = (
    "each query's scores must be normalised on their own, over the keys: take the "
    "max and the sum along the last axis of the scores with keepdims=True, not over "
    "the queries and not over the whole score matrix"
)
SCALE = (
    "divide the scores by the square root of d_k, the last dimension of Q and K: not by "
    "d_k itself, not by the square root of d_v, and not by nothing"
)
K_T = (
    "K.T reverses every axis of a batched K, which mixes up the batch with the keys: "
    "transpose only the last two axes (swap axes -1 and -2) so that each batch entry "
    "uses its own keys"
)
MASK_MEANING = (
    "the mask is PyTorch's boolean attn_mask: True means the query may attend to "
    "that key, False hides it; before the softmax, replace the scores where the "
    "mask is False by -inf"
)
ZERO_WEIGHT = (
    "a masked key must get weight exactly zero: multiplying the scores by the mask "
    "only makes them 0, and exp(0) is not 0; replace the masked scores by -inf "
    "before the softmax"
)
RENORMALISE = (
    "mask the scores before the softmax, so that the weights a query keeps still "
    "sum to 1; zeroing or shifting weights after the softmax leaves rows that do not"
)
LARGE_MASKED = (
    "a masked key must get zero weight whatever its score: adding a finite penalty "
    "such as -10000 to its score is not enough when scores are large; replace "
    "masked scores by -inf instead"
)
BROADCAST = (
    "the mask broadcasts against the scores like NumPy arithmetic: a (L_q, L_k) mask "
    "applies to every batch entry and head, and a (..., 1, L_k) padding mask to every "
    "query; use an operation that broadcasts (np.where), not boolean indexing, which "
    "needs the mask's full shape"
)
FLOAT32 = "a float32 input must work too (its tolerances are looser)"
NO_MASK = "mask=None means that every query may attend to every key"
FINITE_FILL = (
    "a masked key must get weight exactly zero whatever the scores: filling masked scores with a "
    "finite number such as -1e4 or -1e9, or adding one, fails when the scores left are lower or the "
    "masked score is higher; put -inf where the mask is False"
)
OVERFLOW = (
    "exp of a large score overflows to inf and inf/inf is NaN: subtract each query's max score before exp"
)
OWN_MAX = (
    "subtract each query's own max score (along the keys, keepdims=True), not one max of "
    "the whole array: a query whose scores are all far below that max gets exp = 0 "
    "everywhere, and 0/0 is NaN"
)


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
    assert_matches_reference(learner, reference, Q, K, V, trap=SINGLE_KEY)


def test_matches_the_formula_on_one_unbatched_sequence(learner, reference, rng):
    Q, K, V = (rng.normal(size=(5, 4)) for _ in range(3))
    assert_matches_reference(learner, reference, Q, K, V, trap=SOFTMAX_AXIS)


def test_the_weights_of_each_query_sum_to_one_over_the_keys(learner, reference, rng):
    Q = rng.normal(scale=2.0, size=(3, 6))
    K = rng.normal(scale=2.0, size=(6, 6))
    V = np.eye(6)  # with V = I the result is the attention weights themselves
    weights = answer(learner, Q, K, V, trap=SOFTMAX_AXIS)
    assert_close(weights, reference(Q, K, V), trap=SOFTMAX_AXIS)
    assert_probabilities(weights, axis=-1)


def test_query_and_key_lengths_and_value_width_may_differ(learner, reference, rng):
    Q = rng.normal(size=(3, 4))
    K = rng.normal(size=(7, 4))
    V = rng.normal(size=(7, 2))
    assert_matches_reference(learner, reference, Q, K, V, trap=SIZES)


def test_scores_are_divided_by_the_square_root_of_dk(learner, reference, rng):
    Q = rng.normal(size=(4, 9))
    K = rng.normal(size=(5, 9))
    V = rng.normal(size=(5, 4))
    assert_matches_reference(learner, reference, Q, K, V, trap=SCALE)


def test_works_on_a_batch_of_sequences(learner, reference, rng):
    Q = rng.normal(size=(2, 3, 4))
    K = rng.normal(size=(2, 5, 4))
    V = rng.normal(size=(2, 5, 4))
    assert_matches_reference(learner, reference, Q, K, V, trap=K_T)


def test_a_cube_shaped_batch_is_not_silently_mixed_up(learner, reference, rng):
    Q, K, V = (rng.normal(size=(3, 3, 3)) for _ in range(3))
    assert_matches_reference(learner, reference, Q, K, V, trap=K_T)


def test_works_with_batch_and_head_dimensions(learner, reference, rng):
    Q = rng.normal(size=(2, 3, 4, 8))
    K = rng.normal(size=(2, 3, 6, 8))
    V = rng.normal(size=(2, 3, 6, 8))
    assert_matches_reference(learner, reference, Q, K, V, trap=K_T)


def test_a_causal_mask_hides_future_keys(learner, reference, rng):
    Q = rng.normal(size=(5, 4))
    K = rng.normal(size=(5, 4))
    V = rng.normal(size=(5, 4))
    causal = np.tril(np.ones((5, 5), dtype=bool))
    assert_matches_reference(learner, reference, Q, K, V, mask=causal, trap=MASK_MEANING)


def test_masked_keys_get_zero_weight(learner, reference, rng):
    Q = rng.normal(size=(4, 6))
    K = rng.normal(size=(6, 6))
    V = np.eye(6)  # with V = I the result is the attention weights themselves
    mask = _random_mask(rng, (4, 6))
    weights = answer(learner, Q, K, V, mask=mask, trap=ZERO_WEIGHT)
    expected = reference(Q, K, V, mask=mask)
    if not isinstance(weights, np.ndarray) or weights.shape != expected.shape:
        assert_close(weights, expected, trap=SHAPE)
    assert_close(weights[~mask], expected[~mask], trap=ZERO_WEIGHT, what="the weight of a masked key")


def test_the_weights_a_mask_leaves_still_sum_to_one(learner, reference, rng):
    Q = rng.normal(size=(4, 6))
    K = rng.normal(size=(6, 6))
    V = np.eye(6)
    mask = _random_mask(rng, (4, 6))
    weights = answer(learner, Q, K, V, mask=mask, trap=RENORMALISE)
    assert_close(weights, reference(Q, K, V, mask=mask), trap=RENORMALISE)
    assert_probabilities(weights, axis=-1)


def test_a_masked_key_gets_zero_weight_even_with_the_largest_score(learner, reference):
    Q = np.array([[100.0, 0.0], [0.0, 100.0]])
    K = np.array([[500.0, 0.0], [10.0, 5.0], [9.0, 5.0]])
    V = np.eye(3)
    mask = np.array([[False, True, True], [False, True, True]])
    assert_matches_reference(learner, reference, Q, K, V, mask=mask, trap=LARGE_MASKED)


def test_a_masked_key_gets_zero_weight_whatever_the_scores(learner, reference):
    V = np.array([[1.0], [2.0]])
    mask = np.array([[False, True]])
    below = np.array([[0.0], [-1e12]])  # the key left has a score far below any finite fill
    assert_matches_reference(learner, reference, np.array([[1.0]]), below, V, mask=mask, trap=FINITE_FILL)
    above = np.array([[2e12], [0.0]])  # the masked key's score is far above any finite penalty
    assert_matches_reference(learner, reference, np.array([[1.0]]), above, V, mask=mask, trap=FINITE_FILL)


def test_a_query_by_key_mask_broadcasts_over_batch_and_heads(learner, reference, rng):
    Q = rng.normal(size=(2, 3, 5, 4))
    K = rng.normal(size=(2, 3, 5, 4))
    V = rng.normal(size=(2, 3, 5, 4))
    causal = np.tril(np.ones((5, 5), dtype=bool))
    assert_matches_reference(learner, reference, Q, K, V, mask=causal, trap=BROADCAST)


def test_a_padding_mask_of_one_row_hides_the_same_keys_from_every_query(learner, reference, rng):
    Q = rng.normal(size=(3, 4, 5))
    K = rng.normal(size=(3, 6, 5))
    V = rng.normal(size=(3, 6, 5))
    lengths = np.array([6, 2, 4])
    padding = (np.arange(6) < lengths[:, None])[:, None, :]  # shape (3, 1, 6)
    assert_matches_reference(learner, reference, Q, K, V, mask=padding, trap=BROADCAST)


def test_no_mask_is_the_same_as_an_all_true_mask(learner, reference, rng):
    Q = rng.normal(size=(2, 4, 3))
    K = rng.normal(size=(2, 5, 3))
    V = rng.normal(size=(2, 5, 3))
    everything = np.ones((2, 4, 5), dtype=bool)
    expected = reference(Q, K, V)
    assert_close(answer(learner, Q, K, V, trap=NO_MASK), expected, trap=NO_MASK)
    assert_close(answer(learner, Q, K, V, mask=everything, trap=MASK_MEANING), expected, trap=MASK_MEANING)


def test_large_scores_stay_finite_and_exact(learner, reference, rng):
    Q = rng.normal(size=(2, 4, 8)) * 1e3
    K = rng.normal(size=(2, 6, 8))
    V = rng.normal(size=(2, 6, 8))
    assert_matches_reference(learner, reference, Q, K, V, trap=OVERFLOW)


def test_a_query_far_below_the_largest_score_does_not_give_nan(learner, reference):
    Q = np.array([[100.0, 0.0], [-100.0, 0.0]])
    K = np.array([[10.0, 0.0], [9.0, 1.0]])
    V = np.array([[1.0, -2.0], [3.0, 0.5]])
    assert_matches_reference(learner, reference, Q, K, V, trap=OWN_MAX)


def test_float32_input_works(learner, reference, rng):
    Q, K, V = (rng.normal(size=(2, 3, 5, 4)).astype(np.float32) for _ in range(3))
    mask = _random_mask(rng, (2, 3, 5, 5))
    assert_matches_reference(learner, reference, Q, K, V, mask=mask, trap=FLOAT32)


def test_float64_input_gives_a_float64_result(learner, reference, rng):
    Q = rng.normal(size=(3, 4))
    K = rng.normal(size=(5, 4))
    V = 1.0 + rng.normal(size=(5, 4)) * 1e-4
    assert_matches_reference(learner, reference, Q, K, V, trap="do not compute in float32")


def test_inputs_are_not_modified(learner, rng):
    Q = rng.normal(size=(2, 4, 3))
    K = rng.normal(size=(2, 4, 3))
    V = rng.normal(size=(2, 4, 3))
    mask = _random_mask(rng, (2, 4, 4))
    assert_inputs_unchanged(learner, Q, K, V, mask)  # the values are other tests' job
