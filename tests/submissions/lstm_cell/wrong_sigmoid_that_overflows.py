import numpy as np

MISTAKES = "sigmoid_that_overflows"


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def lstm_cell(x, h, c, W, b):
    z = np.concatenate([h, x], axis=1) @ W + b
    i, f, g, o = np.split(z, 4, axis=1)
    c_new = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
    h_new = sigmoid(o) * np.tanh(c_new)
    return h_new, c_new
