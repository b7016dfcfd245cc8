"""Correct: integer ids become one-hot rows; the log normaliser is np.logaddexp.reduce."""

import numpy as np

EXPECTED_STATUS = ("pass", "slow")  # np.logaddexp.reduce is 3.5-12x slower than a max-shifted log-sum-exp: near max_ratio 5


def cross_entropy(logits, targets):
    if np.ndim(targets) == 1:
        targets = np.eye(logits.shape[1], dtype=logits.dtype)[targets]
    log_norm = np.logaddexp.reduce(logits, axis=1, keepdims=True)
    return float(np.mean(np.sum(targets * (log_norm - logits), axis=1)))
