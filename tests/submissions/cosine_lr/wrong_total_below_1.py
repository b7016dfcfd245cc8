"""Accepts total_steps = 0 (and below)."""

import math

MISTAKES = "total_steps_below_1_accepted"


def cosine_lr(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    if step < 0 or warmup_steps < 0 or warmup_steps > total_steps:
        raise ValueError("bad arguments")
    if step >= total_steps:
        return float(min_lr)
    if step < warmup_steps:
        return base_lr * step / warmup_steps
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * 0.5 * (1 + math.cos(math.pi * progress))
