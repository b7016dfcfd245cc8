"""log_probs[:, targets]: an (N, N) matrix, averaged whole."""

import numpy as np

MISTAKES = "picked_with_a_column_slice"


def perplexity(logits: np.ndarray, targets: np.ndarray) -> float:
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return float(np.exp(-np.mean(log_probs[:, targets])))
