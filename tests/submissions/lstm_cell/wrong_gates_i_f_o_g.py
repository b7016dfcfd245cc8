import numpy as np

MISTAKES = "gates_i_f_o_g"


def sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def lstm_cell(x, h, c, W, b):
    z = np.concatenate([h, x], axis=1) @ W + b
    i, f, o, g = np.split(z, 4, axis=1)
    c_new = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
    h_new = sigmoid(o) * np.tanh(c_new)
    return h_new, c_new
