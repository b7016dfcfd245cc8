"""Subtle: a stable softmax, then its log: right on ordinary logits, inf once a true token's
probability underflows to 0."""

import numpy as np

MISTAKES = "log_of_softmax_probabilities"


def perplexity(logits: np.ndarray, targets: np.ndarray) -> float:
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    probs = e / e.sum(axis=1, keepdims=True)
    log_p = np.log(probs[np.arange(len(targets)), targets])
    return float(np.exp(-log_p.mean()))
