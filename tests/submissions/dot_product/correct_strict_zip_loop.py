"""Right but slow: a Python loop; zip(strict=True) raises ValueError when the lengths differ."""

EXPECTED_STATUS = "slow"


def dot_product(a, b):
    total = 0.0
    for x, y in zip(a.tolist(), b.tolist(), strict=True):
        total += x * y
    return total
