import numpy as np

MISTAKES = "sigmoid_on_the_candidate"


def sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def lstm_cell(x, h, c, W, b):
    z = np.concatenate([h, x], axis=1) @ W + b
    i, f, g, o = np.split(sigmoid(z), 4, axis=1)
    c_new = f * c + i * g
    return o * np.tanh(c_new), c_new
