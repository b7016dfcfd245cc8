"""exp of the total negative log-likelihood instead of its mean."""

import numpy as np

MISTAKES = "exp_of_the_sum"


def perplexity(logits: np.ndarray, targets: np.ndarray) -> float:
    m = logits.max(axis=1, keepdims=True)
    log_probs = logits - m - np.log(np.exp(logits - m).sum(axis=1, keepdims=True))
    return float(np.exp(-log_probs[np.arange(len(targets)), targets].sum()))
