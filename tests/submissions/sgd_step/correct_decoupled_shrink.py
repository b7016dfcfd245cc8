"""Correct: shrink the old theta by (1 - lr·λ), then subtract lr·grad (the same expression, expanded)."""


def sgd_step(theta, grad, lr, weight_decay=0.0):
    return theta * (1.0 - lr * weight_decay) - lr * grad
