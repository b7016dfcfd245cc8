"""Shrinks theta by weight_decay·theta without the learning rate."""

MISTAKES = "weight_decay_not_multiplied_by_lr"


def sgd_step(theta, grad, lr, weight_decay=0.0):
    return theta * (1 - weight_decay) - lr * grad
