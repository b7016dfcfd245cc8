import numpy as np

MISTAKES = "cell_state_first"


def sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def lstm_cell(x, h, c, W, b):
    z = np.concatenate([h, x], axis=1) @ W + b
    i, f, g, o = np.split(z, 4, axis=1)
    c_next = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
    h_next = sigmoid(o) * np.tanh(c_next)
    return c_next, h_next
