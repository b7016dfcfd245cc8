"""Binary cross-entropy with logits, summed: label 1 for the context word's score, 0 for each negative's."""

import numpy as np


def negative_sampling_loss(center: np.ndarray, context: np.ndarray, negatives: np.ndarray) -> float:
    logits = np.concatenate([[np.dot(context, center)], negatives @ center])
    labels = np.zeros(len(logits))
    labels[0] = 1.0
    losses = np.maximum(logits, 0) - logits * labels + np.log1p(np.exp(-np.abs(logits)))
    return float(losses.sum())
