MISTAKES = "right_edge_excluded"


def skipgram_pairs(tokens: list, window: int) -> list:
    if window < 1:
        raise ValueError("window must be positive")
    n = len(tokens)
    pairs = []
    for i in range(n):
        for j in range(max(0, i - window), min(n, i + window)):
            if j != i:
                pairs.append((tokens[i], tokens[j]))
    return pairs
