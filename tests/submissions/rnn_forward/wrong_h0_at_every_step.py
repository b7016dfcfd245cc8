import numpy as np

MISTAKES = "h0_at_every_step"


def rnn_forward(x, h0, Wx, Wh, b):
    outputs = np.tanh(x @ Wx + h0 @ Wh + b)
    h_last = outputs[-1].copy() if len(x) else h0.copy()
    return outputs, h_last
