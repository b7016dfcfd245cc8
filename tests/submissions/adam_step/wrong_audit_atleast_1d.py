"""Wrong: wraps inputs in np.atleast_1d, so a 0-d theta comes back with shape (1,); catalog/kata: "theta : ndarray of any shape", returns "each of theta's shape"."""

# From a blind audit: written without reading the hidden tests, accepted by them at first.
MISTAKES = "zero_d_theta_made_one_d"
import numpy as np


def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    theta, grad, m, v = (np.atleast_1d(a) for a in (theta, grad, m, v))
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad**2
    mh = m / (1 - beta1**t)
    vh = v / (1 - beta2**t)
    return theta - lr * mh / (np.sqrt(vh) + eps), m, v
