# Blind trial: uses the cheat sheet's column convention for the recurrent term (h @ Wh.T, i.e. W_h h) instead of the row convention h @ Wh.
import numpy as np

MISTAKES = "recurrent_weights_transposed"  # written blind, from the catalog alone


def rnn_forward(x, h0, Wx, Wh, b):
    h = np.array(h0, copy=True)
    outs = []
    for t in range(x.shape[0]):
        h = np.tanh(x[t] @ Wx + h @ Wh.T + b)
        outs.append(h)
    if not outs:
        return np.zeros((0,) + h0.shape), np.array(h0, copy=True)
    return np.stack(outs), h
