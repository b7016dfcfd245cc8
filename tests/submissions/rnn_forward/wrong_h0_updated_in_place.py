import numpy as np

MISTAKES = "in_place"


def rnn_forward(x, h0, Wx, Wh, b):
    outputs = np.empty((x.shape[0], *h0.shape))
    h = h0
    for t in range(x.shape[0]):
        h[:] = np.tanh(x[t] @ Wx + h @ Wh + b)
        outputs[t] = h
    return outputs, h.copy()
