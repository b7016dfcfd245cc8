"""Mistake models of the adamw_step kata: what a learner who makes each mistake returns.

Each function takes adamw_step's arguments and computes the wrong (theta, m, v)
that mistake gives. The harness names a mistake only when a learner's answer
matches its model on a failing test's input. The Adam mistakes keep adam_step's
keys; _adam is the plain Adam step that the decay mistakes wrap.
"""

import numpy as np

from harness.diagnosis import mistake


def _adam(theta, grad, m, v, t, lr, beta1, beta2, eps):
    """theta moved by Adam's step alone, and the new raw moments."""
    m = beta1 * m + (1.0 - beta1) * grad
    v = beta2 * v + (1.0 - beta2) * grad * grad
    return theta - lr * (m / (1.0 - beta1**t)) / (np.sqrt(v / (1.0 - beta2**t)) + eps), m, v


@mistake(
    "you decay theta after the Adam step: AdamW first multiplies the old theta by "
    "1 - lr·weight_decay, then takes the Adam step from there (as torch.optim.AdamW)"
)
def decay_after_the_adam_update(
    theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01
):
    stepped, m, v = _adam(theta, grad, m, v, t, lr, beta1, beta2, eps)
    return stepped * (1.0 - lr * weight_decay), m, v


@mistake(
    "you add weight_decay·θ to the gradient (Adam with an L2 penalty, torch.optim.Adam's "
    "weight_decay): AdamW decouples it, θ·(1 - lr·weight_decay), and m and v see grad alone"
)
def l2_added_to_the_gradient(
    theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01
):
    return _adam(theta, grad + weight_decay * theta, m, v, t, lr, beta1, beta2, eps)


@mistake(
    "you shrink theta by 1 - weight_decay: the decay is scaled by the learning rate, θ·(1 - lr·weight_decay)"
)
def decay_not_multiplied_by_lr(
    theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01
):
    return _adam(theta * (1.0 - weight_decay), grad, m, v, t, lr, beta1, beta2, eps)


@mistake(
    "you leave out the weight decay: first multiply theta by 1 - lr·weight_decay, then take the Adam step"
)
def decay_ignored(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    return _adam(theta, grad, m, v, t, lr, beta1, beta2, eps)


@mistake(
    "your bias correction uses t+1, as if t counted from 0: t is the 1-based number of this "
    "step (1 on the first), so correct with 1-β₁ᵗ and 1-β₂ᵗ"
)
def bias_correction_with_t_plus_one(
    theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01
):
    return _adam(theta * (1.0 - lr * weight_decay), grad, m, v, t + 1, lr, beta1, beta2, eps)


@mistake(
    "your Adam step skips the bias correction: divide m by 1-β₁ᵗ and v by 1-β₂ᵗ before the "
    "step, or the first steps from zero moments are far too small"
)
def no_bias_correction(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    _, m, v = _adam(theta, grad, m, v, t, lr, beta1, beta2, eps)
    return theta * (1.0 - lr * weight_decay) - lr * m / (np.sqrt(v) + eps), m, v


@mistake(
    "your denominator is √(v̂ + ε), the cheat sheet's: AdamW, like Adam, adds ε after the "
    "square root, √v̂ + ε (it shows when gradients are tiny)"
)
def eps_inside_the_square_root(
    theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01
):
    _, m, v = _adam(theta, grad, m, v, t, lr, beta1, beta2, eps)
    step = m / (1.0 - beta1**t) / np.sqrt(v / (1.0 - beta2**t) + eps)
    return theta * (1.0 - lr * weight_decay) - lr * step, m, v


@mistake(
    "the m and v you return are bias-corrected: return the raw moments, which the next step "
    "corrects with its own t"
)
def bias_corrected_moments_returned(
    theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01
):
    theta, m, v = _adam(theta * (1.0 - lr * weight_decay), grad, m, v, t, lr, beta1, beta2, eps)
    return theta, m / (1.0 - beta1**t), v / (1.0 - beta2**t)
