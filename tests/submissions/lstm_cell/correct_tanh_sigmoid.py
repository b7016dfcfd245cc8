import numpy as np


def sigmoid(z):
    # σ(z) = (1 + tanh(z/2)) / 2 needs no exponential, so it cannot overflow
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def lstm_cell(x, h, c, W, b):
    z = np.concatenate((h, x), axis=-1) @ W + b
    H = z.shape[-1] // 4
    i, f, g, o = (z[:, k * H : (k + 1) * H] for k in range(4))
    c_new = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
    h_new = sigmoid(o) * np.tanh(c_new)
    return h_new, c_new
