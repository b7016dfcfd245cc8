"""Subtle: clips z to [-500, 500] "to avoid overflow", so every z below -500 gets sigma(-500).

Exact on ordinary logits; sigma(-720) comes out as 7.1e-218 instead of 2.0e-313.
"""

import numpy as np

MISTAKES = "logits_clipped"


def sigmoid(z):
    z = np.clip(z, -500, 500)
    return 1.0 / (1.0 + np.exp(-z))
