"""Hidden tests of the dropout kata.

The mask is random, so in training ``expect_random`` (harness/statistics.py)
judges the answer's shape and dtype against the reference's, then its share of
zeros (p is due) and its mean (the mean of x is due: inverted dropout keeps
E[result] = x), each within 5 standard errors. Each test gives the learner a
fixed seed (SeededRng), and the statistical tests draw x from fixed seeds too:
the reference's way of drawing gives the same answer on every run, and a right
answer drawn another way fails one moment with a probability below 6e-7 (see
harness/statistics.py). Inputs hold 12000 entries or more and no zeros, and p is
never 0.5, where zeroing with probability 1 - p would look right. Evaluation,
p = 0 and p = 1 are not random: ``expect`` compares the values there.
"""

import numpy as np

from harness.checks import assert_close, assert_inputs_unchanged, assert_raises, expect
from harness.statistics import assert_reproducible, expect_random, mean_due, share_of_zeros
from harness.wire import SeededRng


def _dropped(learner, reference, x, p, seed, same_dtype=False):
    size = x.size
    mean_variance = float(np.mean(np.asarray(x, dtype=np.float64) ** 2)) * p / (1 - p)
    dues = [share_of_zeros(p, size), mean_due(float(x.mean()), mean_variance, size, "the mean of x")]
    return expect_random(learner, reference, x, p, SeededRng(seed), dues=dues, same_dtype=same_dtype)


def test_about_p_of_the_entries_are_zeroed(learner, reference):
    _dropped(learner, reference, np.ones((300, 400)), 0.2, seed=1)


def test_the_kept_entries_are_scaled_by_one_over_one_minus_p(learner, reference):
    x = np.random.default_rng(12).uniform(0.5, 2.0, size=(300, 400))
    result = _dropped(learner, reference, x, 0.6, seed=2)
    kept = result != 0
    assert_close(result[kept], x[kept] / (1 - 0.6), what="your kept entries")


def test_a_high_p_drops_most_entries(learner, reference):
    _dropped(learner, reference, np.full((200, 300), 3.0), 0.9, seed=3)


def test_a_batch_of_any_shape_keeps_its_shape(learner, reference):
    x = np.random.default_rng(13).uniform(-2.0, -0.5, size=(4, 50, 60))
    _dropped(learner, reference, x, 0.3, seed=4)


def test_float32_input_gives_a_float32_result(learner, reference):
    _dropped(learner, reference, np.ones((150, 100), dtype=np.float32), 0.25, seed=5, same_dtype=True)


def test_training_false_returns_x_unchanged(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(30, 40)), 0.3, SeededRng(6), training=False)


def test_p_zero_returns_x_unchanged(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(30, 40)), 0.0, SeededRng(7))


def test_p_one_gives_all_zeros_not_nan(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(30, 40)), 1.0, SeededRng(8))


def test_p_outside_zero_one_raises_even_when_not_training(learner):
    for p in (-0.1, 1.5):
        for training in (True, False):
            assert_raises(learner, ValueError, np.ones((3, 4)), p, SeededRng(9), training=training)


def test_the_same_seed_gives_the_same_mask_and_another_seed_another(learner):
    assert_reproducible(
        learner,
        np.ones((20, 30)),
        0.4,
        SeededRng(10),
        what="your mask",
        mistake="random_numbers_not_from_rng",
    )


def test_input_is_not_modified(learner, rng):
    assert_inputs_unchanged(learner, rng.uniform(1.0, 2.0, size=(30, 40)), 0.3, SeededRng(11))
