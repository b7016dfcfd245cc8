"""Scales the gradient by lr inside the velocity and then subtracts the velocity."""

MISTAKES = "lr_inside_the_velocity"


def momentum_step(theta, grad, velocity, lr, beta=0.9):
    v = beta * velocity + lr * grad
    return theta - v, v
