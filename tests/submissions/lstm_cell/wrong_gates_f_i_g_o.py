import numpy as np

MISTAKES = "gates_f_i_g_o"


def sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def lstm_cell(x, h, c, W, b):
    H = h.shape[1]
    z = np.concatenate([h, x], axis=1) @ W + b
    f = sigmoid(z[:, :H])
    i = sigmoid(z[:, H : 2 * H])
    g = np.tanh(z[:, 2 * H : 3 * H])
    o = sigmoid(z[:, 3 * H :])
    c_new = f * c + i * g
    return o * np.tanh(c_new), c_new
