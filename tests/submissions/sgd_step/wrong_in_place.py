"""Right values, but updates the caller's theta in place and returns it."""

MISTAKES = ("in_place", "returns_input")


def sgd_step(theta, grad, lr, weight_decay=0.0):
    theta -= lr * (grad + weight_decay * theta)
    return theta
