import numpy as np

# timed at 7.9-15.6x the reference (13 runs, machine loaded); max_ratio 6
EXPECTED_STATUS = "slow"  # right, but loops over the batch rows inside the loop over time


def rnn_forward(x, h0, Wx, Wh, b):
    T, N = x.shape[0], x.shape[1]
    outputs = np.empty((T, N, Wh.shape[1]), dtype=np.result_type(x, h0, Wx, Wh, b))
    h = h0.copy()
    for t in range(T):
        for n in range(N):
            outputs[t, n] = np.tanh(x[t, n] @ Wx + h[n] @ Wh + b)
        h = outputs[t].copy()
    return outputs, h
