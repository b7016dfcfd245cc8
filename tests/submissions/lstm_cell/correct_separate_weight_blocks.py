import numpy as np


def lstm_cell(x, h, c, W, b):
    """h @ W[:H] + x @ W[H:] is [h, x] @ W without building the concatenation."""
    H = h.shape[1]
    z = h @ W[:H] + x @ W[H:] + b
    gates = z.reshape(z.shape[0], 4, H)
    ifo = gates[:, [0, 1, 3]]  # the three sigmoid gates, by sign of the pre-activation
    sig = np.empty_like(ifo)
    positive = ifo >= 0
    sig[positive] = 1.0 / (1.0 + np.exp(-ifo[positive]))
    sig[~positive] = np.exp(ifo[~positive]) / (1.0 + np.exp(ifo[~positive]))
    i, f, o = sig[:, 0], sig[:, 1], sig[:, 2]
    c_new = f * c + i * np.tanh(gates[:, 2])
    return o * np.tanh(c_new), c_new
