import math

import numpy as np

# timed at 19-32x the reference (18 runs, machine loaded); max_ratio 5
EXPECTED_STATUS = "slow"  # right, but one sequence at a time and a sigmoid per entry in Python


def sigmoid(value):
    return 1.0 / (1.0 + math.exp(-value)) if value >= 0 else math.exp(value) / (1.0 + math.exp(value))


def lstm_cell(x, h, c, W, b):
    N, H = h.shape
    h_new = np.empty((N, H), dtype=np.result_type(x, h, c, W, b))
    c_new = np.empty_like(h_new)
    for n in range(N):
        z = np.concatenate([h[n], x[n]]) @ W + b
        for j in range(H):
            c_new[n, j] = sigmoid(z[H + j]) * c[n, j] + sigmoid(z[j]) * math.tanh(z[2 * H + j])
            h_new[n, j] = sigmoid(z[3 * H + j]) * math.tanh(c_new[n, j])
    return h_new, c_new
