EXPECTED_STATUS = "slow"


def skipgram_pairs(tokens: list, window: int) -> list:
    # every pair of positions tested: O(n²)
    if window < 1:
        raise ValueError("window must be at least 1")
    return [
        (tokens[i], tokens[j])
        for i in range(len(tokens))
        for j in range(len(tokens))
        if i != j and abs(i - j) <= window
    ]
