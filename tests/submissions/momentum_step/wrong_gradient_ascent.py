"""Sign error: moves theta along the velocity instead of against it."""

MISTAKES = "step_added_to_theta"


def momentum_step(theta, grad, velocity, lr, beta=0.9):
    velocity = beta * velocity + grad
    return theta + lr * velocity, velocity
