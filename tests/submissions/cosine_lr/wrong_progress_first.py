"""Computes the progress first: a warm-up as long as the schedule divides by zero."""

import math

MISTAKES = "progress_computed_before_the_branches"


def cosine_lr(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    if total_steps < 1 or warmup_steps < 0 or warmup_steps > total_steps or step < 0:
        raise ValueError("invalid schedule")
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    cosine = min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * progress)) / 2
    if step >= total_steps:
        return float(min_lr)
    if step < warmup_steps:
        return base_lr * step / warmup_steps
    return cosine
