"""Moves theta before updating the velocity, so the step uses last step's velocity."""

MISTAKES = "theta_moved_with_the_old_velocity"


def momentum_step(theta, grad, velocity, lr, beta=0.9):
    new_theta = theta - lr * velocity
    new_velocity = beta * velocity + grad
    return new_theta, new_velocity
