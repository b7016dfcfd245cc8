import numpy as np

MISTAKES = "batch_first"


def rnn_forward(x, h0, Wx, Wh, b):
    h = h0
    states = []
    for t in range(x.shape[1]):
        h = np.tanh(x[:, t] @ Wx + h @ Wh + b)
        states.append(h)
    if not states:
        return np.empty((h0.shape[0], 0, h0.shape[1])), h0.copy()
    return np.stack(states, axis=1), h
