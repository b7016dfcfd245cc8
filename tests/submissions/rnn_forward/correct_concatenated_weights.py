import numpy as np


def rnn_forward(x, h0, Wx, Wh, b):
    """One product per step on [x_t, h] against the stacked weights [[Wx], [Wh]]."""
    W = np.concatenate([Wx, Wh], axis=0)
    T, N = x.shape[0], h0.shape[0]
    outputs = np.zeros((T, N, Wh.shape[1]), dtype=np.result_type(x, h0, W))
    h = h0.astype(outputs.dtype)
    for t in range(T):
        h = np.tanh(np.concatenate([x[t], h], axis=1) @ W + b)
        outputs[t] = h
    return outputs, h
