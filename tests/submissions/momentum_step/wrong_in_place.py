"""Right values, but updates the caller's velocity and theta in place."""

MISTAKES = ("in_place", "returns_input")


def momentum_step(theta, grad, velocity, lr, beta=0.9):
    velocity *= beta
    velocity += grad
    theta -= lr * velocity
    return theta, velocity
