"""The cheat sheet's line alone: weight_decay is accepted and never used."""

MISTAKES = "weight_decay_ignored"


def sgd_step(theta, grad, lr, weight_decay=0.0):
    return theta - lr * grad
