"""Differentiates weight_decay·‖θ‖² and adds 2·weight_decay·θ to the gradient."""

MISTAKES = "weight_decay_doubled"


def sgd_step(theta, grad, lr, weight_decay=0.0):
    penalty_gradient = 2 * weight_decay * theta
    return theta - lr * (grad + penalty_gradient)
