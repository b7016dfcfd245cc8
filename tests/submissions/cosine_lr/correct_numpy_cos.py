"""Correct: np.cos and np.pi, the decay written as a cosine annealing from base_lr to min_lr."""

import numpy as np


def cosine_lr(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    if total_steps < 1 or warmup_steps < 0 or warmup_steps > total_steps or step < 0:
        raise ValueError(f"invalid schedule: step={step}, total={total_steps}, warmup={warmup_steps}")
    if step >= total_steps:
        return float(min_lr)
    if step < warmup_steps:
        return float(base_lr * step / warmup_steps)
    decay_steps = total_steps - warmup_steps
    t = step - warmup_steps
    return float(min_lr + 0.5 * (base_lr - min_lr) * (1 + np.cos(np.pi * t / decay_steps)))
