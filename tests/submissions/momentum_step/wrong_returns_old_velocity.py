"""Right theta, but returns the velocity it was given instead of the new one."""

MISTAKES = "old_velocity_returned"


def momentum_step(theta, grad, velocity, lr, beta=0.9):
    step = beta * velocity + grad
    return theta - lr * step, velocity
