"""Mistake models of the cosine_lr kata: what a learner who makes each mistake returns.

Each function takes cosine_lr's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input. The narrow
mistakes (one check missing) come before the broad ones.
"""

import math

from harness.diagnosis import mistake


def _check(step, total_steps, warmup_steps):
    if total_steps < 1:
        raise ValueError("total_steps must be at least 1")
    if warmup_steps < 0 or warmup_steps > total_steps:
        raise ValueError("warmup_steps must be in [0, total_steps]")
    if step < 0:
        raise ValueError("step must be at least 0")


def _decay(progress, base_lr, min_lr):
    return min_lr + (base_lr - min_lr) * (1.0 + math.cos(math.pi * progress)) / 2.0


def _schedule(step, total_steps, base_lr, warmup_steps, min_lr):
    """The rule, with no check of the arguments."""
    if step >= total_steps:
        return float(min_lr)
    if step < warmup_steps:
        return base_lr * step / warmup_steps
    return _decay((step - warmup_steps) / (total_steps - warmup_steps), base_lr, min_lr)


# -- one check missing


@mistake("you accept a negative step: steps count from 0; raise ValueError when step < 0")
def negative_step_accepted(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    _check(0, total_steps, warmup_steps)
    return _schedule(step, total_steps, base_lr, warmup_steps, min_lr)


@mistake("you accept a negative warmup_steps: raise ValueError when warmup_steps < 0")
def negative_warmup_accepted(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    _check(step, total_steps, max(warmup_steps, 0))
    return _schedule(step, total_steps, base_lr, warmup_steps, min_lr)


@mistake("you accept a warm-up longer than the schedule: raise ValueError when warmup_steps > total_steps")
def warmup_beyond_total_accepted(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    _check(step, total_steps, min(warmup_steps, total_steps))
    return _schedule(step, total_steps, base_lr, warmup_steps, min_lr)


@mistake("you accept a schedule of no step: raise ValueError when total_steps < 1")
def total_steps_below_1_accepted(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    if warmup_steps < 0 or warmup_steps > total_steps:
        raise ValueError("warmup_steps must be in [0, total_steps]")
    if step < 0:
        raise ValueError("step must be at least 0")
    return _schedule(step, total_steps, base_lr, warmup_steps, min_lr)


# -- the warm-up


@mistake(
    "your warm-up is one step ahead, base_lr·(s + 1)/W: Hugging Face's warm-up is base_lr·s/W, "
    "0 at step 0, reaching base_lr at step W where the cosine starts"
)
def warmup_one_step_ahead(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    _check(step, total_steps, warmup_steps)
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    return _schedule(step, total_steps, base_lr, warmup_steps, min_lr)


@mistake(
    "your warm-up rises from min_lr: it rises from 0, base_lr·s/W, whatever min_lr is (min_lr is "
    "only the end of the decay)"
)
def warmup_from_min_lr(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    _check(step, total_steps, warmup_steps)
    if step < warmup_steps:
        return min_lr + (base_lr - min_lr) * step / warmup_steps
    return _schedule(step, total_steps, base_lr, warmup_steps, min_lr)


@mistake(
    "you take step W as part of the warm-up (s <= W): with no warm-up, W = 0, that divides by "
    "zero at step 0; warm-up is s < W, and the cosine starts at s = W"
)
def warmup_includes_step_w(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    _check(step, total_steps, warmup_steps)
    if step < total_steps and step <= warmup_steps:
        return base_lr * step / warmup_steps
    return _schedule(step, total_steps, base_lr, warmup_steps, min_lr)


# -- the decay


@mistake(
    "your progress divides by total_steps: the cosine runs over the T - W steps after warm-up, "
    "progress = (s - W)/(T - W), so that it reaches min_lr exactly at step T"
)
def progress_over_total_steps(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    _check(step, total_steps, warmup_steps)
    if warmup_steps <= step < total_steps:
        return _decay((step - warmup_steps) / total_steps, base_lr, min_lr)
    return _schedule(step, total_steps, base_lr, warmup_steps, min_lr)


@mistake(
    "your progress counts from step 0, s/T: the cosine starts when warm-up ends, progress = (s - W)/(T - W)"
)
def progress_from_step_0(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    _check(step, total_steps, warmup_steps)
    if warmup_steps <= step < total_steps:
        return _decay(step / total_steps, base_lr, min_lr)
    return _schedule(step, total_steps, base_lr, warmup_steps, min_lr)


@mistake(
    "you compute progress = (s - W)/(T - W) before you know the step is in the decay: with "
    "W = T there is no decay and that divides by zero; return early for s >= T and s < W first"
)
def progress_computed_before_the_branches(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    _check(step, total_steps, warmup_steps)
    (step - warmup_steps) / (total_steps - warmup_steps)  # raises ZeroDivisionError when W = T
    return _schedule(step, total_steps, base_lr, warmup_steps, min_lr)


@mistake(
    "you clip a decay to 0 at min_lr, max(min_lr, base_lr·(1 + cos)/2): the cosine decays TO "
    "min_lr, min_lr + (base_lr - min_lr)·(1 + cos(π·progress))/2"
)
def decay_to_0_clipped_at_min_lr(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    _check(step, total_steps, warmup_steps)
    if warmup_steps <= step < total_steps:
        return max(min_lr, _decay((step - warmup_steps) / (total_steps - warmup_steps), base_lr, 0.0))
    return _schedule(step, total_steps, base_lr, warmup_steps, min_lr)


@mistake("you forget the /2: (1 + cos(π·progress)) runs from 2 to 0, so halve it to run from 1 to 0")
def cosine_not_halved(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    _check(step, total_steps, warmup_steps)
    if warmup_steps <= step < total_steps:
        progress = (step - warmup_steps) / (total_steps - warmup_steps)
        return min_lr + (base_lr - min_lr) * (1.0 + math.cos(math.pi * progress))
    return _schedule(step, total_steps, base_lr, warmup_steps, min_lr)


@mistake(
    "you forget the 1 + before the cosine: cos(π·progress)/2 runs from 1/2 to -1/2; "
    "(1 + cos(π·progress))/2 runs from 1 to 0"
)
def cosine_without_1_plus(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    _check(step, total_steps, warmup_steps)
    if warmup_steps <= step < total_steps:
        progress = (step - warmup_steps) / (total_steps - warmup_steps)
        return min_lr + (base_lr - min_lr) * math.cos(math.pi * progress) / 2.0
    return _schedule(step, total_steps, base_lr, warmup_steps, min_lr)


@mistake(
    "after total_steps your rate follows the cosine back up (as Hugging Face's schedule does): "
    "this kata holds it at min_lr from step T on"
)
def no_floor_after_total_steps(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    _check(step, total_steps, warmup_steps)
    if step >= total_steps:  # Hugging Face's max(1, T - W) keeps W = T from dividing by zero
        return _decay((step - warmup_steps) / max(1, total_steps - warmup_steps), base_lr, min_lr)
    return _schedule(step, total_steps, base_lr, warmup_steps, min_lr)
