"""The cheat sheet's snippet, -np.sum(y * np.log(y_hat + 1e-9)), on a row-wise stable softmax.

Integer targets become one-hot rows y. Two mistakes: the log of a probability
padded with 1e-9 caps a confident wrong prediction's loss at -log(1e-9) = 20.7
(the true loss of logits 1e4 apart is 1e4 or more), and it sums over the batch
instead of taking the mean.
"""

import numpy as np

MISTAKES = "summed_log_of_probability_plus_epsilon"


def softmax(x):
    e_x = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return e_x / e_x.sum(axis=-1, keepdims=True)


def cross_entropy(logits, targets):
    y_hat = softmax(logits)
    y = np.eye(logits.shape[1])[targets] if targets.ndim == 1 else targets
    return float(-np.sum(y * np.log(y_hat + 1e-9)))
