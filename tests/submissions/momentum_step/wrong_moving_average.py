"""Averages the gradient into the velocity, as Adam's first moment does."""

MISTAKES = "velocity_as_a_moving_average"


def momentum_step(theta, grad, velocity, lr, beta=0.9):
    velocity = beta * velocity + (1 - beta) * grad
    theta = theta - lr * velocity
    return theta, velocity
