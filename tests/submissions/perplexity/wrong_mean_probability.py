"""One over the average probability of the true tokens."""

import numpy as np

MISTAKES = "inverse_of_the_mean_probability"


def perplexity(logits: np.ndarray, targets: np.ndarray) -> float:
    shifted = logits - np.max(logits, axis=1, keepdims=True)
    probs = np.exp(shifted) / np.sum(np.exp(shifted), axis=1, keepdims=True)
    return float(1.0 / np.mean(probs[np.arange(len(targets)), targets]))
