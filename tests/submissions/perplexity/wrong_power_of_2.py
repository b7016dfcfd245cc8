"""PPL = 2^H with H computed in nats."""

import numpy as np

MISTAKES = "natural_log_then_power_of_2"


def perplexity(logits: np.ndarray, targets: np.ndarray) -> float:
    m = np.max(logits, axis=1, keepdims=True)
    log_probs = logits - m - np.log(np.sum(np.exp(logits - m), axis=1, keepdims=True))
    entropy = -np.mean(log_probs[np.arange(len(targets)), targets])
    return float(2**entropy)
