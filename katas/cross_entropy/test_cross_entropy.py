"""Hidden tests of the cross_entropy kata."""

import functools

import numpy as np

from harness.checks import answer, assert_close, assert_inputs_unchanged

MEAN = (
    "your loss is N times too large: the loss is the MEAN over the batch, so add up the "
    "per-row losses and divide by N, do not return their sum"
)
ENTRIES = (
    "your loss is C times too small: for probability targets, sum t_c·log softmax_c over "
    "the classes of a row, then take the mean over the N rows, not over all N·C entries"
)
NEAR_MISS = (
    "your loss is close but not exact: do not compute in float32 (float64 logits need a "
    "float64-precise loss) and add no epsilon inside a log"
)
SOFT = (
    "probability targets (N, C) give each row the loss −Σ_c t_c·log softmax_c, then the "
    "mean over the rows; tell them from integer ids (N,) by the number of dimensions"
)
AS_GIVEN = (
    "probability targets are used as given, even when a row does not sum to 1 "
    "(PyTorch's soft targets): do not renormalise them"
)
ONE_HOT = (
    "a one-hot row of probabilities must give the same loss as the integer id of its "
    "class: −Σ_c t_c·log softmax_c with t one-hot is −log softmax of that class"
)
RIGHT_CLASS = (
    "a confident right prediction costs 0: exp(1e4) overflows, so subtract each "
    "row's max before exp, and add no epsilon inside the log (log(p + 1e-9) is "
    "off by 1e-9 here)"
)
CAP = (
    "a confident wrong prediction costs the whole logit gap (here 2e4), but the log of a "
    "probability that underflowed to 0, padded with log(p + 1e-9) or clipped with "
    "np.clip(p, 1e-12, 1), caps the loss near 21-28 (or gives inf): compute log softmax "
    "directly with log-sum-exp, (x − max) − log Σ exp(x − max)"
)
SOFT_LARGE = (
    "with logits of 1e4 some probabilities underflow to 0, and their log is -inf "
    "(t·log 0 is NaN) or, padded or clipped, far too small: compute log softmax "
    "directly with log-sum-exp, (x − max) − log Σ exp(x − max), and never take the "
    "log of a probability"
)
OWN_MAX = (
    "subtract each row's own max (max along axis 1 with keepdims=True), not one max of "
    "the whole batch: a row 2e4 below it underflows to exp = 0 and log 0 = -inf"
)
INT_DTYPE = (
    "integer class ids may come as int32 as well as int64: tell ids from probabilities "
    "by the number of dimensions (1-D ids, 2-D probabilities), not by the dtype"
)


INT_PROBABILITIES = (
    "targets of shape (N, C) are probabilities even when their dtype is int (a one-hot matrix of "
    "0s and 1s): tell ids from probabilities by targets.ndim, never by the dtype"
)


def _loss(learner, logits, targets, trap=None, unchanged=False):
    """The learner's loss (checking that the inputs are unchanged if asked); an
    exception the learner raises fails the test with the trap added."""
    call = functools.partial(assert_inputs_unchanged, learner) if unchanged else learner
    return answer(call, logits, targets, trap=trap)


def _is_number(value):
    return (
        isinstance(value, (int, float, np.integer, np.floating))
        and not isinstance(value, (bool, np.bool_))
        and np.isfinite(value)
    )


def _assert_loss(result, expected, logits, targets, trap=None, **tolerances):
    """assert_close, naming a mistake that fails many tests where the answer shows it.

    A loss N times too large is a sum over the batch, C times too small (probability
    targets) a mean over all N·C entries, and within 0.1% of float64 logits' loss a
    float32 computation or an epsilon; otherwise the test's own trap is shown. An
    array needs no trap: assert_close says to convert it with float(...).
    """
    if isinstance(result, np.ndarray):
        trap = None
    elif _is_number(result) and _is_number(expected) and expected != 0:
        rows, classes = logits.shape
        if rows > 1 and np.isclose(result, rows * expected, rtol=1e-3, atol=0.0):
            trap = MEAN
        elif (
            targets.ndim == 2 and classes > 1 and np.isclose(result, expected / classes, rtol=1e-3, atol=0.0)
        ):
            trap = ENTRIES
        elif logits.dtype == np.float64 and abs(result - expected) <= 1e-3 * abs(expected):
            trap = NEAR_MISS
    assert_close(result, expected, trap=trap, what="your loss", **tolerances)


def _soft_targets(rng, rows, classes):
    weights = rng.random(size=(rows, classes)) ** 3
    return weights / weights.sum(axis=1, keepdims=True)


def test_uniform_logits_cost_the_log_of_the_number_of_classes(learner, reference):
    logits = np.zeros((3, 4))
    targets = np.array([0, 3, 1])
    _assert_loss(learner(logits, targets), reference(logits, targets), logits, targets)


def test_integer_targets_give_minus_the_log_softmax_of_the_true_class(learner, reference, rng):
    logits = rng.normal(scale=2.0, size=(6, 5))
    targets = rng.integers(0, 5, size=6, dtype=np.int64)
    _assert_loss(learner(logits, targets), reference(logits, targets), logits, targets)


def test_the_loss_is_the_mean_over_the_batch_not_the_sum(learner, reference):
    logits = np.array([[2.0, 0.0, -1.0], [0.5, 0.5, 3.0], [-1.0, 1.0, 0.0], [0.0, 0.0, 0.0]])
    targets = np.array([0, 1, 1, 2])
    _assert_loss(learner(logits, targets), reference(logits, targets), logits, targets)


def test_a_batch_of_one_row(learner, reference, rng):
    logits = rng.normal(size=(1, 5))
    targets = np.array([3])
    result = _loss(learner, logits, targets, "a batch may have a single row (N = 1)")
    _assert_loss(result, reference(logits, targets), logits, targets)


def test_probability_targets_give_minus_the_sum_of_t_times_log_softmax(learner, reference, rng):
    logits = rng.normal(scale=2.0, size=(5, 4))
    targets = _soft_targets(rng, 5, 4)
    _assert_loss(
        _loss(learner, logits, targets, SOFT), reference(logits, targets), logits, targets, trap=SOFT
    )


def test_one_hot_probability_targets_equal_integer_targets(learner, reference, rng):
    logits = rng.normal(scale=2.0, size=(6, 3))
    ids = np.array([0, 2, 1, 1, 0, 2])
    one_hot = np.eye(3)[ids]
    _assert_loss(
        _loss(learner, logits, one_hot, ONE_HOT), reference(logits, ids), logits, one_hot, trap=ONE_HOT
    )


def test_one_hot_targets_given_as_integers_are_probabilities(learner, reference):
    for logits, targets in (
        (np.array([[0.0, 1.0, 2.0], [0.0, 0.0, 0.0]]), np.array([[0, 0, 1], [1, 0, 0]])),
        (np.array([[0.0, 1.0], [2.0, 0.0]]), np.array([[0, 1], [1, 0]], dtype=np.int32)),
        (np.array([[0.0, 1.0, 2.0], [1.0, 0.0, 3.0]]), np.array([[1, 1, 0], [0, 2, 1]])),  # not one-hot
    ):
        _assert_loss(
            _loss(learner, logits, targets, INT_PROBABILITIES),
            reference(logits, targets),
            logits,
            targets,
            trap=INT_PROBABILITIES,
        )


def test_probability_targets_that_do_not_sum_to_one_are_used_as_given(learner, reference):
    logits = np.array([[1.0, 2.0, 0.0], [0.0, -1.0, 1.0], [3.0, 0.0, 1.0]])
    targets = np.array([[0.25, 0.25, 0.0], [0.5, 1.0, 0.5], [0.1, 0.2, 0.3]])
    result = _loss(learner, logits, targets, SOFT)
    renormalised = reference(logits, targets / targets.sum(axis=1, keepdims=True))
    trap = AS_GIVEN if _is_number(result) and np.isclose(result, renormalised) else SOFT
    _assert_loss(result, reference(logits, targets), logits, targets, trap=trap)


def test_a_confident_right_prediction_costs_nothing(learner, reference):
    logits = np.array([[1e4, 0.0, -1e4]])
    targets = np.array([0])
    _assert_loss(learner(logits, targets), reference(logits, targets), logits, targets, trap=RIGHT_CLASS)


def test_a_confident_wrong_prediction_costs_the_whole_logit_gap(learner, reference):
    logits = np.array([[1e4, 0.0, -1e4]])
    targets = np.array([2])
    _assert_loss(learner(logits, targets), reference(logits, targets), logits, targets, trap=CAP)


def test_probability_targets_with_logits_of_1e4(learner, reference):
    logits = np.array([[1e4, 0.0, -1e4], [0.0, 1e4, 0.0]])
    targets = np.array([[0.9, 0.05, 0.05], [1.0, 0.0, 0.0]])
    _assert_loss(
        _loss(learner, logits, targets, SOFT), reference(logits, targets), logits, targets, trap=SOFT_LARGE
    )


def test_each_row_is_shifted_by_its_own_max(learner, reference, rng):
    logits = rng.normal(size=(3, 4)) + np.array([[1e4], [0.0], [-1e4]])
    targets = np.array([1, 0, 3])
    _assert_loss(learner(logits, targets), reference(logits, targets), logits, targets, trap=OWN_MAX)


def test_integer_class_ids_given_as_int64(learner, reference, rng):
    logits = rng.normal(scale=2.0, size=(5, 7))
    targets = np.array([6, 0, 3, 3, 1], dtype=np.int64)
    _assert_loss(learner(logits, targets), reference(logits, targets), logits, targets)


def test_integer_class_ids_given_as_int32(learner, reference, rng):
    logits = rng.normal(scale=2.0, size=(5, 7))
    targets = np.array([6, 0, 3, 3, 1], dtype=np.int32)
    _assert_loss(
        _loss(learner, logits, targets, INT_DTYPE),
        reference(logits, targets),
        logits,
        targets,
        trap=INT_DTYPE,
    )


def test_float32_logits_work(learner, reference, kata, rng):
    logits = rng.normal(scale=3.0, size=(6, 5)).astype(np.float32)
    targets = rng.integers(0, 5, size=6)
    _assert_loss(
        learner(logits, targets),
        reference(logits, targets),
        logits,
        targets,
        rtol=kata.tolerance.rtol_float32,
        atol=kata.tolerance.atol_float32,
    )


def test_float64_logits_give_a_float64_precise_loss(learner, reference, rng):
    logits = rng.normal(scale=3.0, size=(8, 6)) + 50.0
    targets = rng.integers(0, 6, size=8)
    _assert_loss(learner(logits, targets), reference(logits, targets), logits, targets)


def test_returns_a_python_float_not_an_array(learner, reference, rng):
    logits = rng.normal(size=(4, 3))
    targets = np.array([1, 1, 0, 2])
    _assert_loss(learner(logits, targets), reference(logits, targets), logits, targets)


def test_inputs_are_not_modified(learner, rng):
    logits = rng.normal(scale=2.0, size=(4, 3))
    ids = np.array([2, 0, 1, 2])
    soft = np.array([[0.5, 0.5, 0.0], [0.2, 0.2, 0.2], [0.0, 0.0, 3.0], [1.0, 0.0, 0.0]])
    _loss(learner, logits, ids, unchanged=True)
    _loss(learner, logits, soft, SOFT, unchanged=True)
