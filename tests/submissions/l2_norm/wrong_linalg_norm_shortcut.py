"""numpy.linalg.norm does the kata's whole job: refused before any test runs."""

import numpy as np

EXPECTED = "which does this kata's whole job"
EXPECTED_STATUS = "error"


def l2_norm(x, axis=None, keepdims=False):
    return np.linalg.norm(x, axis=axis, keepdims=keepdims)
