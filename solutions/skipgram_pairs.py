"""Reference solution of the skipgram_pairs kata."""


def skipgram_pairs(tokens: list, window: int) -> list:
    """The (center, context) skip-gram pairs of a token sequence.

    tokens is a list of n str or int tokens; returns a new list of tuples
    (tokens[i], tokens[j]) for every pair of positions with 0 < |i - j| <= window,
    ordered by i, then by j. Raises ValueError if window < 1. Source: Mikolov et al.,
    "Distributed Representations of Words and Phrases and their Compositionality" (2013).
    """
    if window < 1:
        raise ValueError(f"window must be at least 1, got {window}")
    n = len(tokens)
    return [
        (center, tokens[j])
        for i, center in enumerate(tokens)
        for j in range(max(0, i - window), min(n, i + window + 1))
        if j != i
    ]
