"""The whole log-softmax matrix, then np.take_along_axis for the true tokens."""

import numpy as np


def perplexity(logits: np.ndarray, targets: np.ndarray) -> float:
    shifted = logits - logits.max(axis=-1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    true_log_probs = np.take_along_axis(log_probs, targets.reshape(-1, 1), axis=-1)
    return float(np.exp(-true_log_probs.mean()))
