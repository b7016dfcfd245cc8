"""Subtle: takes the gradient step first, then shrinks the new theta (off by lr²·λ·grad)."""

MISTAKES = "weight_decay_after_the_step"


def sgd_step(theta, grad, lr, weight_decay=0.0):
    theta = theta - lr * grad
    return theta * (1 - lr * weight_decay)
