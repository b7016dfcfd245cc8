"""Hidden tests of the lstm_cell kata.

Each test only chooses inputs: ``expect`` compares the learner's (h_new, c_new)
with the reference's and, when they differ, names the mistake model (mistakes.py)
that the answer matches, or says precisely what differs. Sizes have H != D, so that
[x, h] and [h, x] put different rows of W against x, and N != H.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect


def lstm_inputs(rng, N, D, H, scale=1.0, gate_bias=(0.0, 0.0, 0.0, 0.0)):
    """x (N, D), h (N, H), c (N, H), W (H + D, 4H), b (4H,); gate_bias is added to the bias of
    the gates i, f, g, o in turn."""
    x = rng.normal(size=(N, D))
    h = rng.uniform(-0.9, 0.9, size=(N, H))
    c = rng.normal(scale=1.5, size=(N, H))
    W = rng.normal(scale=scale / np.sqrt(H + D), size=(H + D, 4 * H))
    b = rng.normal(scale=0.3 * scale, size=4 * H) + np.repeat(gate_bias, H)
    return x, h, c, W, b


def test_a_batch_of_3_with_hidden_size_4_and_input_size_2_is_right(learner, reference, rng):
    expect(learner, reference, *lstm_inputs(rng, N=3, D=2, H=4))


def test_h_comes_before_x_in_the_concatenation(learner, reference, rng):
    x, h, c, W, b = lstm_inputs(rng, N=2, D=5, H=3)
    W[:3] *= 3.0  # the rows for h weigh more than the rows for x
    expect(learner, reference, x, h, c, W, b)


def test_the_gates_are_split_in_the_order_i_f_g_o(learner, reference, rng):
    """Each gate's bias is shifted by its own amount, so reading them in another order shows."""
    expect(learner, reference, *lstm_inputs(rng, N=4, D=3, H=5, gate_bias=(-2.0, 2.5, -1.0, 0.5)))


def test_the_candidate_goes_through_tanh_and_can_be_negative(learner, reference, rng):
    expect(learner, reference, *lstm_inputs(rng, N=3, D=2, H=4, gate_bias=(2.0, 0.0, -1.5, 0.0)))


def test_h_new_is_the_output_gate_times_tanh_of_the_new_cell_state(learner, reference, rng):
    x, h, c, W, b = lstm_inputs(rng, N=3, D=4, H=2, gate_bias=(0.0, -3.0, 0.0, 1.0))
    expect(learner, reference, x, h, 3.0 * c, W, b)


def test_a_single_sequence_with_one_hidden_unit(learner, reference, rng):
    expect(learner, reference, *lstm_inputs(rng, N=1, D=3, H=1))


def test_an_empty_batch_gives_empty_states(learner, reference, rng):
    expect(learner, reference, *lstm_inputs(rng, N=0, D=3, H=2))


def test_large_pre_activations_saturate_the_gates_without_overflow_warnings(learner, reference, rng):
    """Pre-activations reach about ±2000: a sigmoid computed as 1/(1 + exp(-z)) overflows."""
    expect(
        learner,
        reference,
        *lstm_inputs(rng, N=4, D=3, H=3, scale=1000.0),
        no_warnings="sigmoid_that_overflows",
    )


def test_float32_large_pre_activations_do_not_warn_either(learner, reference, rng):
    """exp overflows float32 above 88.7, so pre-activations of about ±200 are enough."""
    inputs = (array.astype(np.float32) for array in lstm_inputs(rng, N=3, D=2, H=4, scale=100.0))
    expect(learner, reference, *inputs, no_warnings="sigmoid_that_overflows")


def test_float32_inputs_are_accepted(learner, reference, rng):
    expect(learner, reference, *(array.astype(np.float32) for array in lstm_inputs(rng, N=5, D=3, H=4)))


def test_the_inputs_are_not_modified(learner, rng):
    assert_inputs_unchanged(learner, *lstm_inputs(rng, N=3, D=2, H=4))
