"""Hidden tests of the dense_forward kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, assert_raises, expect


def _layer(rng, n, d_in, d_out, scale=1.0, dtype=np.float64):
    x = rng.normal(scale=scale, size=(n, d_in)).astype(dtype)
    W = rng.normal(size=(d_in, d_out)).astype(dtype)
    b = rng.normal(size=d_out).astype(dtype)
    return x, W, b


def test_relu_is_the_default_activation(learner, reference, rng):
    expect(learner, reference, *_layer(rng, 5, 3, 4))


def test_relu_layer_with_more_inputs_than_outputs(learner, reference, rng):
    expect(learner, reference, *_layer(rng, 6, 5, 2), activation="relu")


def test_the_bias_shifts_the_input_of_the_activation(learner, reference, rng):
    x, W, _ = _layer(rng, 4, 3, 3)
    b = np.array([-2.0, 0.5, 3.0])  # square W: only the values can tell x @ W from x @ W.T
    for activation in ("relu", "sigmoid", "tanh"):
        expect(learner, reference, x, W, b, activation=activation)


def test_sigmoid_matches_the_formula_on_random_inputs(learner, reference, rng):
    expect(learner, reference, *_layer(rng, 5, 4, 3, scale=2.0), activation="sigmoid")


def test_tanh_matches_the_formula_on_random_inputs(learner, reference, rng):
    expect(learner, reference, *_layer(rng, 3, 4, 5), activation="tanh")


def test_linear_means_no_activation(learner, reference, rng):
    expect(learner, reference, *_layer(rng, 4, 2, 3), activation="linear")


def test_sigmoid_of_large_pre_activations_neither_overflows_nor_warns(learner, reference):
    x = np.array([[1.0], [-1.0], [0.002], [-0.5]])
    W = np.array([[1000.0, -800.0, 3.0]])
    b = np.array([0.0, 0.0, -1.0])
    expect(learner, reference, x, W, b, activation="sigmoid", no_warnings="sigmoid_overflows")


def test_tanh_of_large_pre_activations_is_plus_or_minus_one(learner, reference):
    x = np.array([[1.0, 0.0], [-1.0, 2.0], [0.3, -0.1]])
    W = np.array([[900.0, -2.0], [-750.0, 1.0]])
    b = np.array([0.0, 0.5])
    expect(learner, reference, x, W, b, activation="tanh", no_warnings=True)


def test_one_output_unit_still_gives_a_2d_result(learner, reference, rng):
    for activation in ("relu", "sigmoid", "tanh", "linear"):
        expect(learner, reference, *_layer(rng, 4, 3, 1), activation=activation)


def test_a_single_sample_gives_one_row(learner, reference, rng):
    expect(learner, reference, *_layer(rng, 1, 4, 3), activation="relu")


def test_an_unknown_activation_name_raises_value_error(learner, rng):
    x, W, b = _layer(rng, 3, 2, 4)
    for name in ("softmax", "gelu", ""):
        assert_raises(
            learner, ValueError, x, W, b, activation=name, mistake="unknown_activation_not_rejected"
        )


def test_activation_names_are_exact_and_lower_case(learner, rng):
    x, W, b = _layer(rng, 3, 2, 4)
    for name in ("ReLU", "Sigmoid", "TANH"):
        assert_raises(
            learner, ValueError, x, W, b, activation=name, mistake="activation_names_case_insensitive"
        )


def test_float32_inputs_work(learner, reference, rng):
    for activation in ("relu", "sigmoid", "tanh", "linear"):
        expect(learner, reference, *_layer(rng, 4, 6, 3, scale=3.0, dtype=np.float32), activation=activation)


def test_float64_inputs_give_a_float64_result(learner, reference, rng):
    x, W, b = _layer(rng, 5, 3, 2)
    expect(learner, reference, x * 1e-3, W, b * 1e-3, activation="sigmoid")


def test_inputs_are_not_modified(learner, rng):
    x, W, b = _layer(rng, 4, 3, 2)
    for activation in ("relu", "sigmoid", "tanh", "linear"):
        assert_inputs_unchanged(learner, x, W, b, activation=activation)  # the values are other tests' job
