"""Hidden tests of the multi_head_attention kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs. The shapes keep N > 1,
n_heads > 1 and L != d_head wherever a mistake would otherwise hide.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, assert_raises, expect

NOT_DIVIDING = "n_heads_not_dividing_d_model_accepted"


def weights(rng, d_model, scale=1.0):
    """Wq, Wk, Wv, Wo: four random (d_model, d_model) matrices, none symmetric."""
    return tuple(rng.normal(scale=scale, size=(d_model, d_model)) for _ in range(4))


def test_one_head_is_attention_of_the_projections_then_wo(learner, reference, rng):
    x = rng.normal(size=(2, 3, 4))
    expect(learner, reference, x, *weights(rng, 4), 1)


def test_each_head_scales_its_scores_by_the_square_root_of_its_own_width(learner, reference, rng):
    x = rng.normal(size=(2, 5, 8))
    expect(learner, reference, x, *weights(rng, 8), 4)


def test_each_head_attends_with_its_own_block_of_columns(learner, reference, rng):
    x = rng.normal(size=(2, 4, 6))
    expect(learner, reference, x, *weights(rng, 6), 2)  # d_head = 3: columns 0-2 and 3-5


def test_positions_are_not_mixed_across_heads(learner, reference, rng):
    x = rng.normal(size=(3, 5, 8))
    expect(learner, reference, x, *weights(rng, 8), 2)  # L = 5, d_head = 4


def test_the_heads_are_concatenated_in_order_before_wo(learner, reference, rng):
    x = rng.normal(size=(2, 4, 9))
    expect(learner, reference, x, *weights(rng, 9), 3)


def test_one_column_per_head_works(learner, reference, rng):
    x = rng.normal(size=(2, 3, 4))
    expect(learner, reference, x, *weights(rng, 4), 4)  # d_head = 1: every score is divided by 1


def test_a_causal_query_sees_itself_and_the_positions_before_it(learner, reference, rng):
    x = rng.normal(size=(2, 5, 6))
    expect(learner, reference, x, *weights(rng, 6), 3, causal=True)


def test_a_causal_sequence_of_one_position_attends_to_itself(learner, reference, rng):
    x = rng.normal(size=(3, 1, 4))
    expect(learner, reference, x, *weights(rng, 4), 2, causal=True)  # the result is x @ Wv @ Wo


def test_causal_false_lets_every_query_see_every_key(learner, reference, rng):
    x = rng.normal(size=(2, 4, 4))
    expect(learner, reference, x, *weights(rng, 4), 2, causal=False)


def test_large_scores_stay_finite_and_exact(learner, reference, rng):
    x = rng.normal(scale=30.0, size=(2, 4, 8))  # scores in the thousands: exp overflows unshifted
    expect(learner, reference, x, *weights(rng, 8), 4)


def test_a_query_far_below_the_largest_score_does_not_give_nan(learner, reference, rng):
    # position 0's query meets its keys at +636 and +615, position 1's at -636 and -615:
    # each row is fine on its own, but row 1 is 1250 below the largest score of all
    x = np.stack([np.eye(2, 4), rng.normal(scale=0.1, size=(2, 4))])
    Wq, Wk, Wv, Wo = weights(rng, 4)
    Wq[:2, :2] = [[30.0, 0.0], [-30.0, 0.0]]
    Wk[:2, :2] = [[30.0, 0.0], [29.0, 1.0]]
    expect(learner, reference, x, Wq, Wk, Wv, Wo, 2)


def test_future_keys_get_zero_weight_however_large_the_scores(learner, reference, rng):
    # Wk = -Wq makes each position's score with itself about -1e12: any finite score given to a
    # future key (-1e4, -1e9, ...) would be above it and take the weight
    x = rng.normal(scale=1e6, size=(2, 4, 4))
    Wq, _, Wv, Wo = weights(rng, 4)
    expect(learner, reference, x, Wq, -Wq, Wv, Wo, 2, causal=True)


def test_float32_input_works(learner, reference, rng):
    x = rng.normal(size=(2, 5, 8)).astype(np.float32)
    Wq, Wk, Wv, Wo = (W.astype(np.float32) for W in weights(rng, 8, scale=0.5))
    expect(learner, reference, x, Wq, Wk, Wv, Wo, 2, causal=True)


def test_float64_input_gives_a_float64_result(learner, reference, rng):
    x = 1.0 + rng.normal(scale=1e-4, size=(2, 3, 4))  # float32 keeps 3 of these digits
    expect(learner, reference, x, *weights(rng, 4), 2, causal=True)


def test_x_and_the_weights_are_not_modified(learner, rng):
    x = rng.normal(size=(2, 4, 6))
    assert_inputs_unchanged(learner, x, *weights(rng, 6), 3, causal=True)  # the values are other tests' job


def test_n_heads_that_does_not_divide_d_model_raises_value_error(learner, rng):
    x = rng.normal(size=(2, 3, 6))
    for n_heads in (4, 5):
        assert_raises(learner, ValueError, x, *weights(rng, 6), n_heads, mistake=NOT_DIVIDING)


def test_n_heads_that_does_not_divide_d_model_raises_even_for_an_empty_batch(learner, rng):
    x = np.zeros((0, 3, 6))  # no sequence: a reshape of it into 4 heads does not complain
    assert_raises(learner, ValueError, x, *weights(rng, 6), 4, mistake=NOT_DIVIDING)


def test_n_heads_below_1_raises_value_error(learner, rng):
    x = rng.normal(size=(2, 3, 4))
    for n_heads in (0, -2):
        assert_raises(learner, ValueError, x, *weights(rng, 4), n_heads, mistake="n_heads_below_1_accepted")
