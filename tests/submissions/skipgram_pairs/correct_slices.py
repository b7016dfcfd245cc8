def skipgram_pairs(tokens: list, window: int) -> list:
    if window < 1:
        raise ValueError("window must be at least 1")
    pairs = []
    for i, center in enumerate(tokens):
        start = max(0, i - window)
        for context in tokens[start:i] + tokens[i + 1 : i + window + 1]:
            pairs.append((center, context))
    return pairs
