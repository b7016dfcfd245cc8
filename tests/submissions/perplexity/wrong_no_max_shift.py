"""Subtle: log-sum-exp without the max: exact for small logits, exp overflows above ~709."""

import numpy as np

MISTAKES = "no_max_shift"


def perplexity(logits: np.ndarray, targets: np.ndarray) -> float:
    log_z = np.log(np.exp(logits).sum(axis=1))
    nll = log_z - logits[np.arange(len(targets)), targets]
    return float(np.exp(nll.mean()))
