"""Hidden tests of the cosine_lr kata.

Each test only chooses inputs: ``expect`` compares the learner's rate (a float)
with the reference's and, when they differ, names the mistake model
(mistakes.py) that the answer matches, or says precisely what differs.
"""

from harness.checks import assert_raises, expect


def test_warmup_starts_at_zero_on_step_0(learner, reference):
    expect(learner, reference, 0, 100, 0.1, 10)
    expect(learner, reference, 0, 50, 3e-4, 5, 1e-5)


def test_warmup_rises_linearly_to_base_lr(learner, reference):
    for step in range(0, 11):
        expect(learner, reference, step, 100, 0.1, 10)


def test_warmup_rises_from_zero_even_with_a_min_lr(learner, reference):
    for step in (1, 4, 7):
        expect(learner, reference, step, 60, 1.0, 8, 0.1)


def test_the_cosine_starts_at_base_lr_when_warmup_ends(learner, reference):
    expect(learner, reference, 10, 100, 0.1, 10)
    expect(learner, reference, 10, 100, 0.1, 10, 0.01)


def test_half_way_through_the_decay_the_rate_is_half_way_to_min_lr(learner, reference):
    expect(learner, reference, 60, 110, 1.0, 10, 0.5)
    expect(learner, reference, 50, 100, 0.2)


def test_the_decay_follows_the_cosine_over_the_steps_after_warmup(learner, reference):
    for step in (20, 33, 50, 71, 90, 99):
        expect(learner, reference, step, 100, 0.1, 20)


def test_without_warmup_the_schedule_starts_at_base_lr(learner, reference):
    for step in (0, 1, 37, 99):
        expect(learner, reference, step, 100, 0.1)
    expect(learner, reference, 0, 1, 0.5, 0, 0.1)


def test_the_rate_decays_to_min_lr_rather_than_being_clipped_at_it(learner, reference):
    for step in (25, 50, 80, 95, 99):
        expect(learner, reference, step, 100, 1.0, 10, 0.3)


def test_at_and_after_total_steps_the_rate_stays_at_min_lr(learner, reference):
    for step in (100, 101, 150, 190, 1000):
        expect(learner, reference, step, 100, 0.1, 10, 0.001)
        expect(learner, reference, step, 100, 0.1, 0, 0.0)


def test_a_warmup_as_long_as_the_schedule_leaves_no_decay(learner, reference):
    for step in (0, 3, 9, 10, 11, 40):
        expect(learner, reference, step, 10, 0.1, 10, 0.01)


def test_matches_the_rule_on_random_schedules(learner, reference, rng):
    for _ in range(100):
        total_steps = int(rng.integers(1, 500))
        warmup_steps = int(rng.integers(0, total_steps + 1))
        step = int(rng.integers(0, total_steps + 50))
        base_lr = float(10.0 ** rng.uniform(-5, 0))
        min_lr = float(base_lr * rng.choice([0.0, 0.01, 0.3]))
        expect(learner, reference, step, total_steps, base_lr, warmup_steps, min_lr)


def test_total_steps_below_1_raises_value_error(learner):
    for total_steps in (0, -5):
        assert_raises(learner, ValueError, 0, total_steps, 0.1, mistake="total_steps_below_1_accepted")


def test_a_warmup_longer_than_the_schedule_raises_value_error(learner):
    for step, warmup_steps in ((0, 11), (5, 20), (12, 11)):
        assert_raises(
            learner, ValueError, step, 10, 0.1, warmup_steps, mistake="warmup_beyond_total_accepted"
        )


def test_a_negative_warmup_raises_value_error(learner):
    for warmup_steps in (-1, -10):
        assert_raises(learner, ValueError, 5, 10, 0.1, warmup_steps, mistake="negative_warmup_accepted")


def test_a_negative_step_raises_value_error(learner):
    for step, warmup_steps in ((-1, 0), (-3, 5), (-20, 0)):
        assert_raises(learner, ValueError, step, 10, 0.1, warmup_steps, mistake="negative_step_accepted")
