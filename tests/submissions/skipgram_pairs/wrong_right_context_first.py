MISTAKES = "right_context_first"


def skipgram_pairs(tokens: list, window: int) -> list:
    if window < 1:
        raise ValueError("window must be positive")
    pairs = []
    for i, center in enumerate(tokens):
        right = tokens[i + 1 : i + 1 + window]
        left = tokens[max(0, i - window) : i]
        pairs += [(center, word) for word in right + left]
    return pairs
