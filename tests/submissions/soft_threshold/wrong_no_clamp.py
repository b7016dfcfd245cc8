"""Moves every weight lam toward zero but never stops at 0: small weights cross to the other sign."""

import numpy as np

MISTAKES = "no_clamp_at_zero"


def soft_threshold(w, lam):
    return w - lam * np.sign(w)
