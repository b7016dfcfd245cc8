"""Subtle: (1 + tanh(z/2))/2 never overflows, but 1 + tanh(z/2) cancels for negative z.

Exact for |z| up to a few units; sigma(-20) has only 8 right digits and sigma(-40) is 0.
"""

import numpy as np

MISTAKES = "tanh_form"


def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(z / 2.0))
