"""Sutskever's (and CS231n's) form: the velocity holds -lr·grad and is added to theta."""

MISTAKES = "sutskever_form"


def momentum_step(theta, grad, velocity, lr, beta=0.9):
    v = beta * velocity - lr * grad
    return theta + v, v
