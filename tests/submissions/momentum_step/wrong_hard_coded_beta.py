"""Subtle: right with the default beta, but ignores the beta passed in."""

MISTAKES = "beta_hard_coded"


def momentum_step(theta, grad, velocity, lr, beta=0.9):
    velocity = 0.9 * velocity + grad
    return theta - lr * velocity, velocity
