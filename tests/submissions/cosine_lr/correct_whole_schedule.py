"""Correct but slow: builds the whole schedule as a list, then picks one step (O(total_steps))."""

import math

EXPECTED_STATUS = "slow"


def cosine_lr(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    if total_steps < 1 or warmup_steps < 0 or warmup_steps > total_steps or step < 0:
        raise ValueError("invalid schedule")
    schedule = [base_lr * s / warmup_steps for s in range(warmup_steps)]
    decay_steps = total_steps - warmup_steps
    for s in range(decay_steps):
        schedule.append(min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * s / decay_steps)) / 2)
    return float(schedule[step]) if step < total_steps else float(min_lr)
