"""Hugging Face's lambda times base_lr with the min_lr added: no hold at min_lr after total_steps."""

import math

MISTAKES = "no_floor_after_total_steps"


def cosine_lr(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    if total_steps < 1 or warmup_steps < 0 or warmup_steps > total_steps or step < 0:
        raise ValueError("invalid schedule")
    if step < warmup_steps:
        return base_lr * step / max(1, warmup_steps)
    progress = (step - warmup_steps) / max(1, total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * max(0.0, 0.5 * (1.0 + math.cos(math.pi * progress)))
