"""The faster form of Section 2 of the Adam paper: the corrections folded into the step size, ε added to the raw √v.

That form's ε̂ is not the ε of Algorithm 1: it equals ε·√(1-β₂ᵗ) in corrected units, so
the step differs when √v is near ε (tiny gradients, or a large eps); catalog: θ = θ − lr·m̂/(√v̂ + ε).
"""

import numpy as np

MISTAKES = "eps_added_to_the_uncorrected_sqrt_v"


def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad**2
    step_size = lr * np.sqrt(1 - beta2**t) / (1 - beta1**t)
    return theta - step_size * m / (np.sqrt(v) + eps), m, v
