# Blind trial: splits the gates in TensorFlow BasicLSTMCell order (i, g, f, o) instead of PyTorch's (i, f, g, o).
import numpy as np

MISTAKES = "gates_i_g_f_o"  # written blind, from the catalog alone


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def lstm_cell(x, h, c, W, b):
    z = np.concatenate([h, x], axis=1) @ W + b
    i, g, f, o = np.split(z, 4, axis=1)
    c_new = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)
    h_new = _sigmoid(o) * np.tanh(c_new)
    return h_new, c_new
