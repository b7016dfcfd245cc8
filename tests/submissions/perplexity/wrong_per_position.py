"""exp of each position's loss, never averaged."""

import numpy as np

MISTAKES = "per_position_perplexities"


def perplexity(logits: np.ndarray, targets: np.ndarray) -> float:
    shifted = logits - np.max(logits, axis=1, keepdims=True)
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    return np.exp(-log_probs[np.arange(len(targets)), targets])
