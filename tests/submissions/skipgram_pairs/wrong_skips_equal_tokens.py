MISTAKES = "skips_equal_tokens"


def skipgram_pairs(tokens: list, window: int) -> list:
    if window < 1:
        raise ValueError("window must be positive")
    pairs = []
    for i, center in enumerate(tokens):
        for j in range(max(0, i - window), min(len(tokens), i + window + 1)):
            if tokens[j] != center:  # don't pair a word with itself
                pairs.append((center, tokens[j]))
    return pairs
