# Written blind, from the catalog alone (issue 13's blind trial).
MISTAKES = "nesterov_step"


def momentum_step(theta, grad, velocity, lr, beta=0.9):
    v = beta * velocity + grad
    return theta - lr * (grad + beta * v), v
