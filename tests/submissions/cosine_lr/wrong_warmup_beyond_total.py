"""Accepts a warm-up longer than the schedule."""

import math

MISTAKES = "warmup_beyond_total_accepted"


def cosine_lr(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    if total_steps < 1 or warmup_steps < 0 or step < 0:
        raise ValueError("bad arguments")
    if step >= total_steps:
        return float(min_lr)
    if step < warmup_steps:
        return base_lr * step / warmup_steps
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * 0.5 * (1 + math.cos(math.pi * progress))
