"""Loss in bits with np.log2, then exp."""

import numpy as np

MISTAKES = "log_base_2_then_exp"


def perplexity(logits: np.ndarray, targets: np.ndarray) -> float:
    shifted = logits - logits.max(axis=1, keepdims=True)
    log2_probs = (shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))) / np.log(2)
    bits = -log2_probs[np.arange(len(targets)), targets].mean()
    return float(np.exp(bits))
