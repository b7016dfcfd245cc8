"""log(p + 1e-10) to keep the log finite."""

import numpy as np

MISTAKES = "log_of_probability_plus_epsilon"


def perplexity(logits: np.ndarray, targets: np.ndarray) -> float:
    e = np.exp(logits - np.max(logits, axis=-1, keepdims=True))
    p = e / np.sum(e, axis=-1, keepdims=True)
    nll = -np.log(p[np.arange(logits.shape[0]), targets] + 1e-10)
    return float(np.exp(np.mean(nll)))
