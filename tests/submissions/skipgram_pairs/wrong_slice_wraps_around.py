MISTAKES = "slice_wraps_around"


def skipgram_pairs(tokens: list, window: int) -> list:
    if window < 1:
        raise ValueError("window must be positive")
    pairs = []
    for i, center in enumerate(tokens):
        context = tokens[i - window : i] + tokens[i + 1 : i + 1 + window]
        pairs.extend((center, word) for word in context)
    return pairs
