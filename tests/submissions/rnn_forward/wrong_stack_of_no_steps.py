import numpy as np

MISTAKES = "stack_of_no_steps"


def rnn_forward(x, h0, Wx, Wh, b):
    h = h0
    hs = []
    for x_t in x:
        h = np.tanh(x_t @ Wx + h @ Wh + b)
        hs.append(h)
    return np.stack(hs), h
