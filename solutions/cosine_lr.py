"""Reference solution of the cosine_lr kata."""

import math


def cosine_lr(
    step: int, total_steps: int, base_lr: float, warmup_steps: int = 0, min_lr: float = 0.0
) -> float:
    """Learning rate of a cosine schedule with linear warm-up, at one step.

    Hugging Face's get_cosine_schedule_with_warmup (num_cycles = 0.5), decaying to
    min_lr instead of 0, and held at min_lr from total_steps on:

    - step < warmup_steps: base_lr · step / warmup_steps (from 0, whatever min_lr);
    - warmup_steps <= step < total_steps, with progress = (step - warmup_steps) /
      (total_steps - warmup_steps): min_lr + (base_lr - min_lr)·(1 + cos(π·progress))/2;
    - step >= total_steps: min_lr.

    Parameters
    ----------
    step : int
        The step, from 0.
    total_steps : int
        The length of the schedule, at least 1.
    base_lr : float
        The peak rate, reached at the end of warm-up.
    warmup_steps : int, default 0
        The number of warm-up steps, from 0 to total_steps.
    min_lr : float, default 0.0
        The rate the cosine decays to.

    Returns
    -------
    float
        The learning rate at step, as a Python float.

    Raises
    ------
    ValueError
        If total_steps < 1, warmup_steps < 0, warmup_steps > total_steps or step < 0.
    """
    if total_steps < 1:
        raise ValueError(f"total_steps must be at least 1, got {total_steps}")
    if warmup_steps < 0 or warmup_steps > total_steps:
        raise ValueError(f"warmup_steps must be in [0, total_steps={total_steps}], got {warmup_steps}")
    if step < 0:
        raise ValueError(f"step must be at least 0, got {step}")
    if step >= total_steps:
        return float(min_lr)
    if step < warmup_steps:
        return float(base_lr * step / warmup_steps)
    # Hugging Face divides by max(1, total_steps - warmup_steps); here it is at least 1 already.
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return float(min_lr + (base_lr - min_lr) * (1.0 + math.cos(math.pi * progress)) / 2.0)
