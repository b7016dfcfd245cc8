import numpy as np

MISTAKES = "returns_input"


def rnn_forward(x, h0, Wx, Wh, b):
    outputs = np.empty((x.shape[0], h0.shape[0], Wh.shape[1]))
    h = h0
    for t in range(x.shape[0]):
        h = np.tanh(x[t] @ Wx + h @ Wh + b)
        outputs[t] = h
    return outputs, h
