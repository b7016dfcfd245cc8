"""Hidden tests of the mlp_backward kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs. The answer is (loss, grads):
``part=(0,)`` compares the loss alone and ``part=(1, "W1")`` one gradient alone, so
that each test judges one value and its message names it ("your result[1]['W1']").
The shapes N = 5, D = 3, H = 4, C = 6 differ from each other, so that a transposed
product raises or gives a gradient of the wrong shape; a square test shows it in the
values too.
"""

import numpy as np

from harness.checks import answer, assert_close, assert_inputs_unchanged, expect
from harness.compare import difference

KEYS = ("W1", "b1", "W2", "b2")
PARTS = ((0,), *((1, key) for key in KEYS))


def _network(rng, n=5, d=3, h=4, c=6, scale=1.0, dtype=np.float64):
    """x, y, W1, b1, W2, b2 of a random network; W2's scale sets the logits' size."""
    x = rng.normal(size=(n, d))
    W1, b1 = rng.normal(size=(d, h)), rng.normal(scale=0.5, size=h)
    W2, b2 = rng.normal(scale=scale, size=(h, c)), rng.normal(size=c)
    y = rng.integers(0, c, size=n)
    x, W1, b1, W2, b2 = (a.astype(dtype) for a in (x, W1, b1, W2, b2))
    return x, y, W1, b1, W2, b2


def _loss_and_four_gradients(result):
    """Whether result has the answer's structure: (loss, dict of exactly the four keys)."""
    return (
        isinstance(result, (tuple, list))
        and len(result) == 2
        and isinstance(result[1], dict)
        and sorted(result[1]) == sorted(KEYS)
    )


def test_the_answer_is_the_loss_and_a_dict_of_exactly_four_gradients(learner, reference, rng):
    network = _network(rng)
    if not _loss_and_four_gradients(answer(learner, *network)):
        expect(learner, reference, *network)  # says what differs: a missing or an extra key, ...


def test_the_loss_is_the_mean_cross_entropy_of_the_labels(learner, reference, rng):
    expect(learner, reference, *_network(rng), part=(0,))


def test_dW2_is_the_hidden_activations_times_the_logit_gradient(learner, reference, rng):
    expect(learner, reference, *_network(rng), part=(1, "W2"))


def test_db2_is_the_logit_gradient_summed_over_the_batch(learner, reference, rng):
    expect(learner, reference, *_network(rng), part=(1, "b2"))


def test_dW1_goes_back_through_W2_and_the_relu(learner, reference, rng):
    expect(learner, reference, *_network(rng), part=(1, "W1"))


def test_db1_goes_back_through_W2_and_the_relu(learner, reference, rng):
    expect(learner, reference, *_network(rng), part=(1, "b1"))


def test_a_hidden_unit_exactly_at_zero_passes_no_gradient(learner, reference, rng):
    x, y, W1, b1, W2, b2 = _network(rng)
    W1[:, 1] = 0.0  # the second hidden unit's pre-activation is b1[1] = 0 for every sample
    b1[1] = 0.0
    x[2] = 0.0  # and the third sample's pre-activation is b1, which is 0 for that unit too
    for key in ("W1", "b1"):  # ReLU'(0) = 0, as in the catalog and in PyTorch
        expect(learner, reference, x, y, W1, b1, W2, b2, part=(1, key))


def test_square_weights_where_only_the_values_show_a_transpose(learner, reference, rng):
    network = _network(rng, n=6, d=4, h=4, c=4)
    for key in ("W2", "W1", "b1"):
        expect(learner, reference, *network, part=(1, key))


def test_large_logits_give_a_finite_loss_and_gradients(learner, reference, rng):
    network = _network(rng, scale=400.0)  # logits in the thousands: exp overflows without a shift
    for part in PARTS:  # products of weights of 400 round to ~1e-11 apart (seed 5 refused a correct file)
        expect(learner, reference, *network, part=part, atol=1e-8)


def test_a_true_class_far_below_the_others_gives_its_large_loss_not_inf(learner, reference):
    x = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    W1, b1 = np.eye(2), np.zeros(2)
    W2, b2 = np.array([[900.0, 0.0, -40.0], [0.0, 30.0, 2.0]]), np.zeros(3)
    y = np.array([1, 0, 2])  # every true class is tens or hundreds below its row's largest logit
    expect(learner, reference, x, y, W1, b1, W2, b2, part=(0,))


def test_one_sample_gives_gradients_of_the_parameters_shapes(learner, reference, rng):
    network = _network(rng, n=1)
    for part in PARTS:
        expect(learner, reference, *network, part=part)


def test_labels_of_any_integer_dtype(learner, reference, rng):
    x, y, W1, b1, W2, b2 = _network(rng, n=7)
    for part in PARTS:
        expect(learner, reference, x, y.astype(np.int32), W1, b1, W2, b2, part=part)


def test_float32_inputs_work(learner, reference, rng):
    network = _network(rng, dtype=np.float32)
    for part in PARTS:  # the loss is a number: it is compared with float32's tolerances too
        expect(learner, reference, *network, part=part, rtol=1e-4, atol=1e-5)


def test_float64_inputs_give_float64_gradients(learner, reference, rng):
    x, y, W1, b1, W2, b2 = _network(rng)
    for part in PARTS:
        expect(learner, reference, x * 1e-3, y, W1, b1 * 1e-3, W2, b2, part=part)


def test_inputs_are_not_modified(learner, rng):
    assert_inputs_unchanged(learner, *_network(rng))  # the values are other tests' job


def test_each_gradient_is_the_central_difference_of_your_own_loss(learner, reference, rng):
    """Your gradients must be the derivatives of your own loss, whatever that loss is.

    Every hidden pre-activation is at least 0.2 away from ReLU's kink, so a step of 1e-5
    never crosses it, and the central differences are exact to about 1e-9.
    """
    x, y, W1, b1, W2, b2 = _network(rng, n=4, d=3, h=4, c=3)
    while np.min(np.abs(x @ W1 + b1)) < 0.2:
        b1 = rng.normal(scale=0.5, size=b1.shape)
    params = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    result = answer(learner, x, y, **params)
    if not _loss_and_four_gradients(result):
        expect(learner, reference, x, y, **params)  # says what differs in the answer's structure
    grads = result[1]
    step = 1e-5
    for key in KEYS:
        numerical = np.zeros_like(params[key])
        for index in np.ndindex(params[key].shape):
            losses = []
            for sign in (1.0, -1.0):
                moved = {name: value.copy() for name, value in params.items()}
                moved[key][index] += sign * step
                losses.append(float(answer(learner, x, y, **moved)[0]))
            numerical[index] = (losses[0] - losses[1]) / (2 * step)
        if difference(grads[key], numerical, rtol=1e-5, atol=1e-7) is None:
            continue
        # Not the derivative of your own loss: the gradient or the loss is wrong, and the
        # reference says which (and names the mistake when a model explains it).
        expect(learner, reference, x, y, **params, part=(1, key))
        expect(learner, reference, x, y, **params, part=(0,))
        what = f"your grads[{key!r}], compared with central differences of your own loss,"
        assert_close(grads[key], numerical, what=what, rtol=1e-5, atol=1e-7)
