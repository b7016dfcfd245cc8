MISTAKES = "ordered_by_distance"


def skipgram_pairs(tokens: list, window: int) -> list:
    if window < 1:
        raise ValueError("window must be positive")
    n = len(tokens)
    pairs = []
    for i in range(n):
        for d in range(1, window + 1):
            if i - d >= 0:
                pairs.append((tokens[i], tokens[i - d]))
            if i + d < n:
                pairs.append((tokens[i], tokens[i + d]))
    return pairs
