"""Hidden tests of the rnn_forward kata.

Each test only chooses inputs: ``expect`` compares the learner's (outputs, h_last)
with the reference's and, when they differ, names the mistake model (mistakes.py)
that the answer matches, or says precisely what differs. Sizes are chosen so that
T != N and D != H unless a test is about their being equal: reading x batch first or
swapping Wx and Wh then raises or gives a visibly different answer.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect


def rnn_inputs(rng, T, N, D, H, bias=0.5):
    """x (T, N, D), h0 (N, H), Wx (D, H), Wh (H, H), b (H,), scaled so that tanh stays mostly
    unsaturated and every term of the formula shows in the answer."""
    x = rng.normal(size=(T, N, D))
    h0 = rng.uniform(-0.9, 0.9, size=(N, H))
    Wx = rng.normal(scale=1.0 / np.sqrt(D), size=(D, H))
    Wh = rng.normal(scale=1.0 / np.sqrt(H), size=(H, H))
    b = rng.normal(scale=bias, size=H)
    return x, h0, Wx, Wh, b


def test_a_sequence_of_5_steps_over_a_batch_of_3_is_right(learner, reference, rng):
    expect(learner, reference, *rnn_inputs(rng, T=5, N=3, D=4, H=6))


def test_x_is_time_first_even_when_t_equals_n(learner, reference, rng):
    """With T = N = 4 reading x[:, t] runs without an error, and gives another answer."""
    expect(learner, reference, *rnn_inputs(rng, T=4, N=4, D=3, H=5))


def test_wx_multiplies_the_input_and_wh_the_state_when_d_equals_h(learner, reference, rng):
    """With D = H both weights have shape (H, H), so swapping them only changes the values."""
    expect(learner, reference, *rnn_inputs(rng, T=3, N=2, D=4, H=4))


def test_the_bias_goes_inside_the_tanh(learner, reference, rng):
    expect(learner, reference, *rnn_inputs(rng, T=3, N=5, D=2, H=3, bias=2.0))


def test_each_step_carries_the_state_of_the_step_before(learner, reference, rng):
    x, h0, Wx, Wh, b = rnn_inputs(rng, T=20, N=2, D=3, H=4)
    expect(learner, reference, x, h0, Wx, 1.5 * Wh, b)


def test_a_single_step_gives_one_output_equal_to_h_last(learner, reference, rng):
    outputs, h_last = expect(learner, reference, *rnn_inputs(rng, T=1, N=3, D=5, H=2))
    assert np.array_equal(outputs[0], h_last), "outputs[-1] must be h_last"


def test_an_empty_sequence_gives_0_outputs_and_a_copy_of_h0(learner, reference, rng):
    expect(learner, reference, *rnn_inputs(rng, T=0, N=3, D=2, H=4))


def test_a_batch_of_one_sequence_works(learner, reference, rng):
    expect(learner, reference, *rnn_inputs(rng, T=6, N=1, D=3, H=2))


def test_large_pre_activations_saturate_at_plus_or_minus_1(learner, reference, rng):
    x, h0, Wx, Wh, b = rnn_inputs(rng, T=4, N=3, D=2, H=5)
    expect(learner, reference, 50.0 * x, h0, Wx, Wh, b)


def test_float32_inputs_are_accepted(learner, reference, rng):
    inputs = rnn_inputs(rng, T=5, N=2, D=3, H=4)
    expect(learner, reference, *(array.astype(np.float32) for array in inputs))


def test_the_inputs_are_not_modified(learner, rng):
    assert_inputs_unchanged(learner, *rnn_inputs(rng, T=4, N=3, D=2, H=5))
