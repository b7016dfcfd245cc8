"""The cheat sheet's Adam: θ = θ - lr·m̂/√(v̂+ε), with ε under the square root.

For ordinary gradients the two forms agree to about 1e-9, but when |g| is near 1e-8
the √ε = 1e-4 under the root dominates and the step shrinks a thousandfold.
"""

import numpy as np

MISTAKES = "eps_inside_the_square_root"


def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad**2
    m_hat = m / (1 - beta1**t)
    v_hat = v / (1 - beta2**t)
    theta = theta - lr * m_hat / np.sqrt(v_hat + eps)
    return theta, m, v
