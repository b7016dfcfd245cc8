import numpy as np

MISTAKES = "weights_swapped"


def rnn_forward(x, h0, Wx, Wh, b):
    outputs = np.zeros((x.shape[0], h0.shape[0], h0.shape[1]))
    h = h0.copy()
    for t in range(x.shape[0]):
        h = np.tanh(x[t] @ Wh + h @ Wx + b)
        outputs[t] = h
    return outputs, h
