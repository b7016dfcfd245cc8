"""The logits taken for log-probabilities: no softmax."""

import numpy as np

MISTAKES = "logits_taken_as_log_probabilities"


def perplexity(logits: np.ndarray, targets: np.ndarray) -> float:
    log_p = logits[np.arange(len(targets)), targets]
    return float(np.exp(-np.mean(log_p)))
