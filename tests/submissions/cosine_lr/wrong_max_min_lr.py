"""Subtle: decays to 0 and clips at min_lr; right whenever min_lr = 0, the default."""

import math

MISTAKES = "decay_to_0_clipped_at_min_lr"


def cosine_lr(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    if total_steps < 1 or warmup_steps < 0 or warmup_steps > total_steps or step < 0:
        raise ValueError("invalid schedule")
    if step >= total_steps:
        return float(min_lr)
    if step < warmup_steps:
        return base_lr * step / warmup_steps
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return max(min_lr, base_lr * 0.5 * (1.0 + math.cos(math.pi * progress)))
