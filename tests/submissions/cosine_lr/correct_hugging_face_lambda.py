"""Correct: Hugging Face's lr_lambda (a factor of base_lr) rescaled to [min_lr, base_lr], held after T."""

import math


def _lr_lambda(step, warmup_steps, total_steps):
    if step < warmup_steps:
        return step / max(1, warmup_steps)
    progress = (step - warmup_steps) / max(1, total_steps - warmup_steps)
    return max(0.0, 0.5 * (1.0 + math.cos(math.pi * 2.0 * 0.5 * progress)))


def cosine_lr(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    if total_steps < 1:
        raise ValueError("total_steps must be at least 1")
    if not 0 <= warmup_steps <= total_steps:
        raise ValueError("warmup_steps must lie in [0, total_steps]")
    if step < 0:
        raise ValueError("step must not be negative")
    if step >= total_steps:
        return float(min_lr)
    factor = _lr_lambda(step, warmup_steps, total_steps)
    if step < warmup_steps:
        return base_lr * factor
    return min_lr + (base_lr - min_lr) * factor
