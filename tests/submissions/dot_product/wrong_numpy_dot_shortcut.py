"""numpy.dot does the kata's whole job: refused before any test runs."""

import numpy as np

EXPECTED = "which does this kata's whole job"
EXPECTED_STATUS = "error"


def dot_product(a, b):
    return float(np.dot(a, b))
