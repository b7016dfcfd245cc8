"""Correct but unvectorised: one row at a time in plain Python, log-sum-exp with math."""

import math

# timed at 6.4-9.9x the reference alone (20 runs), 7.2-8.4x on a machine three times
# busier (4 runs), 5.2-10.4x when other checks ran beside it; max_ratio 5
EXPECTED_STATUS = "slow"


def cross_entropy(logits, targets):
    total = 0.0
    for n, row in enumerate(logits.tolist()):
        top = max(row)
        log_norm = top + math.log(sum(math.exp(z - top) for z in row))
        if targets.ndim == 1:
            total += log_norm - row[int(targets[n])]
        else:
            total += sum(t * (log_norm - z) for t, z in zip(targets[n].tolist(), row))
    return total / len(logits)
