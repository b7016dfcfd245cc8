"""Log softmax from the cheat sheet's softmax, one max and one sum over the whole
batch: every row's probabilities are divided by the batch's total, not the row's."""

import numpy as np

MISTAKES = ("softmax_over_the_whole_batch", "log_of_softmax_probabilities")


def softmax(x):
    e_x = np.exp(x - np.max(x))
    return e_x / e_x.sum()


def cross_entropy(logits, targets):
    log_probs = np.log(softmax(logits))
    if targets.ndim == 1:
        return float(-np.mean(log_probs[np.arange(len(targets)), targets]))
    return float(-np.mean(np.sum(targets * log_probs, axis=1)))
