import numpy as np

MISTAKES = "outputs_shifted_by_one"


def rnn_forward(x, h0, Wx, Wh, b):
    T = x.shape[0]
    outputs = np.empty((T, *h0.shape))
    h = h0.copy()
    for t in range(T):
        outputs[t] = h
        h = np.tanh(x[t] @ Wx + h @ Wh + b)
    return outputs, h
