import numpy as np

MISTAKES = "in_place"


def sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def lstm_cell(x, h, c, W, b):
    z = np.concatenate([h, x], axis=1) @ W + b
    i, f, g, o = np.split(z, 4, axis=1)
    c *= sigmoid(f)
    c += sigmoid(i) * np.tanh(g)
    return sigmoid(o) * np.tanh(c), c.copy()
