"""Counts the cosine's progress from step 0 instead of from the end of warm-up."""

import numpy as np

MISTAKES = "progress_from_step_0"


def cosine_lr(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    if total_steps < 1 or warmup_steps < 0 or warmup_steps > total_steps or step < 0:
        raise ValueError("invalid schedule")
    if step >= total_steps:
        return float(min_lr)
    if step < warmup_steps:
        return base_lr * step / warmup_steps
    return float(min_lr + (base_lr - min_lr) * (1 + np.cos(np.pi * step / total_steps)) / 2)
