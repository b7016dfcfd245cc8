"""Mistake models of the skipgram_pairs kata: what a learner who makes each mistake returns.

Each function takes skipgram_pairs's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input. Keep a wrong
learner file under tests/submissions/skipgram_pairs/ for each model.
"""

from harness.diagnosis import mistake


@mistake(
    "your left context tokens[i - window : i] wraps around (a negative start counts from the end, "
    "so the first positions lose their left neighbours); start the slice at max(0, i - window)"
)
def slice_wraps_around(tokens, window):
    return [
        (c, t) for i, c in enumerate(tokens) for t in tokens[i - window : i] + tokens[i + 1 : i + window + 1]
    ]


@mistake(
    "you skip contexts equal to the center token, comparing values; pairs are by position: only "
    "the center's own position is left out"
)
def skips_equal_tokens(tokens, window):
    n = len(tokens)
    return [
        (c, tokens[j])
        for i, c in enumerate(tokens)
        for j in range(max(0, i - window), min(n, i + window + 1))
        if tokens[j] != c
    ]


@mistake(
    "your context stops one short on the right (range(i + 1, i + window) or a slice ending at "
    "i + window): the right neighbour at distance window is missing"
)
def right_edge_excluded(tokens, window):
    n = len(tokens)
    return [
        (c, tokens[j])
        for i, c in enumerate(tokens)
        for j in range(max(0, i - window), min(n, i + window))
        if j != i
    ]


@mistake(
    "your pairs are ordered by distance (all neighbours at distance 1, then 2, ...); the order is by "
    "the center's position, then the context's position"
)
def ordered_by_distance(tokens, window):
    n = len(tokens)
    pairs = []
    for i, c in enumerate(tokens):
        for distance in range(1, window + 1):
            pairs += [(c, tokens[j]) for j in (i - distance, i + distance) if 0 <= j < n]
    return pairs


@mistake("your right neighbours come before the left ones; pairs are ordered by the context's position")
def right_context_first(tokens, window):
    n = len(tokens)
    return [
        (c, tokens[j])
        for i, c in enumerate(tokens)
        for j in [*range(i + 1, min(n, i + window + 1)), *range(max(0, i - window), i)]
    ]
