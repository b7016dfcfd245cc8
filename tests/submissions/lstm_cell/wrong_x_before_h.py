import numpy as np

MISTAKES = "x_before_h"


def sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def lstm_cell(x, h, c, W, b):
    z = np.hstack([x, h]) @ W + b
    H = h.shape[1]
    i = sigmoid(z[:, :H])
    f = sigmoid(z[:, H : 2 * H])
    g = np.tanh(z[:, 2 * H : 3 * H])
    o = sigmoid(z[:, 3 * H :])
    c_new = f * c + i * g
    return o * np.tanh(c_new), c_new
