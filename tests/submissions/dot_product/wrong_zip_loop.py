"""A plain loop over zip(a, b): right when the lengths agree, silently truncates when they do not."""

MISTAKES = "zip_stops_at_the_shorter_vector"


def dot_product(a, b):
    total = 0.0
    for x, y in zip(a, b):
        total += x * y
    return total
