"""Subtle: precision at the rank of each positive, averaged, with ties ranked one by one.

Right whenever no scores tie, as with random continuous scores.
"""

MISTAKES = "ties_not_grouped"


def average_precision(y_true, scores):
    ranked = sorted(zip(scores.tolist(), y_true.tolist()), key=lambda pair: -pair[0])
    hits, total = 0, 0.0
    for rank, (_, label) in enumerate(ranked, start=1):
        if label == 1:
            hits += 1
            total += hits / rank
    if hits == 0:
        raise ValueError("average_precision needs a positive")
    return total / hits
