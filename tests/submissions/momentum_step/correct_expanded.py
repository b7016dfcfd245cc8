"""Correct: theta's step expanded into its two terms, lr·β·velocity and lr·grad."""


def momentum_step(theta, grad, velocity, lr, beta=0.9):
    new_theta = theta - lr * beta * velocity - lr * grad
    return new_theta, beta * velocity + grad
