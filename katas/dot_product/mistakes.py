"""Mistake models of the dot_product kata: what a learner who makes each mistake returns.

Each function takes dot_product's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import mistake


@mistake(
    "you do not compare the lengths, so NumPy broadcasts a length-1 array against the other "
    "vector; raise ValueError whenever a.shape != b.shape"
)
def length_1_broadcasts(a, b):
    return float(np.sum(a * b))


@mistake(
    "you pair the entries with zip(), which stops at the shorter vector: check that the "
    "lengths are equal and raise ValueError (or use zip(a, b, strict=True))"
)
def zip_stops_at_the_shorter_vector(a, b):
    return sum(x * y for x, y in zip(a.tolist(), b.tolist()))


@mistake("you return the elementwise products a * b: the dot product is their sum, one number")
def products_not_summed(a, b):
    return a * b
