"""Sign error: moves theta along the gradient instead of against it."""

MISTAKES = "step_added_to_theta"


def sgd_step(theta, grad, lr, weight_decay=0.0):
    return theta + lr * (grad + weight_decay * theta)
