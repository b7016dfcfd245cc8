import numpy as np


def skipgram_pairs(tokens: list, window: int) -> list:
    # (i, i + d) for every offset d = ±1 ... ±window inside the sequence, then sorted by (i, j)
    if window < 1:
        raise ValueError("window must be at least 1")
    n = len(tokens)
    offsets = np.array([d for d in range(-window, window + 1) if d != 0])
    centers = np.repeat(np.arange(n), len(offsets))
    contexts = centers + np.tile(offsets, n)
    inside = (contexts >= 0) & (contexts < n)
    centers, contexts = centers[inside], contexts[inside]
    order = np.lexsort((contexts, centers))
    return [(tokens[i], tokens[j]) for i, j in zip(centers[order].tolist(), contexts[order].tolist())]
