"""Hidden tests of the clip_grad_norm kata.

Each test only chooses inputs: ``expect`` compares the learner's answer (a list of
arrays and a float) with the reference's and, when they differ, names the mistake
model (mistakes.py) that the answer matches, or says precisely what differs. It
also fails an answer that holds the caller's own arrays (new arrays are due).
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect

FLOAT32 = {"rtol": 1e-5, "atol": 1e-12}  # the total norm is a float: expect's float64 rtol otherwise


def _model_gradients(rng, scale=1.0):
    """The gradients of a small model: a weight matrix, a bias, a 3-D kernel."""
    shapes = [(4, 3), (3,), (2, 2, 3)]
    return [rng.normal(scale=scale, size=shape) for shape in shapes]


def test_gradients_above_max_norm_are_scaled_down_to_max_norm(learner, reference, rng):
    for max_norm in (1.0, 0.5, 2.0):
        expect(learner, reference, _model_gradients(rng, scale=3.0), max_norm)


def test_gradients_below_max_norm_come_back_unscaled_as_new_arrays(learner, reference, rng):
    expect(learner, reference, _model_gradients(rng, scale=0.1), 100.0)
    expect(learner, reference, [np.array([0.3, -0.4])], 1.0)


def test_one_norm_covers_all_the_arrays_together(learner, reference):
    grads = [np.array([0.48, 0.64]), np.array([[0.0, 0.8]]), np.array([-0.6, 0.0, 0.0, 0.2, 0.0, 0.0])]
    expect(learner, reference, grads, 1.0)  # each array's norm is below 1, together they are above


def test_the_norm_returned_is_the_norm_before_clipping(learner, reference, rng):
    expect(learner, reference, [np.array([30.0, 40.0]), np.array([[0.0], [120.0]])], 1.0)
    expect(learner, reference, _model_gradients(rng, scale=10.0), 5.0)


def test_a_norm_exactly_at_max_norm_is_still_scaled_a_little(learner, reference):
    expect(learner, reference, [np.array([3.0, 4.0])], 5.0)
    expect(learner, reference, [np.array([[6e-4, 0.0], [0.0, 8e-4]])], 1e-3)  # the factor is 0.999


def test_for_tiny_gradients_the_millionth_added_to_the_norm_counts(learner, reference):
    expect(learner, reference, [np.array([3e-6, -4e-6]), np.array([0.0])], 1e-6)  # 1e-6/(5e-6 + 1e-6)
    expect(learner, reference, [np.array([[2e-7, 0.0], [0.0, -1e-7]])], 1e-8)


def test_all_zero_gradients_have_norm_zero_and_stay_zero(learner, reference):
    expect(learner, reference, [np.zeros((3, 2)), np.zeros(4)], 1.0)


def test_an_empty_list_gives_an_empty_list_and_zero(learner, reference):
    expect(learner, reference, [], 1.0)


def test_arrays_of_any_shape_keep_their_shapes_and_order(learner, reference, rng):
    grads = [rng.normal(size=shape) for shape in [(), (1,), (2, 3, 4), (0, 3), (5, 1)]]
    expect(learner, reference, grads, 0.5)
    expect(learner, reference, [np.array(2.5)], 1.0)


def test_float32_gradients_are_accepted(learner, reference, rng):
    grads = [grad.astype(np.float32) for grad in _model_gradients(rng, scale=2.0)]
    expect(learner, reference, grads, 1.0, **FLOAT32)
    expect(learner, reference, [np.array([0.1, -0.2], dtype=np.float32)], 1.0, **FLOAT32)


def test_the_callers_gradients_are_not_changed(learner, rng):
    assert_inputs_unchanged(learner, _model_gradients(rng, scale=5.0), 1.0)
    assert_inputs_unchanged(learner, [np.array([3.0, 4.0]), np.ones((2, 2))], 0.1)


def test_random_gradients_and_limits_either_side_of_the_norm(learner, reference, rng):
    for _ in range(30):
        count = int(rng.integers(1, 6))
        grads = [
            rng.normal(scale=10.0 ** rng.uniform(-3, 3), size=rng.integers(1, 5, size=2))
            for _ in range(count)
        ]
        norm = np.sqrt(sum(np.sum(grad**2) for grad in grads))
        expect(learner, reference, grads, float(norm * 10.0 ** rng.uniform(-2, 1)))
