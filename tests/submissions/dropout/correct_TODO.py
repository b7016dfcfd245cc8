"""TODO: an alternative correct formulation, in one line."""

import numpy as np


def dropout(
    x: np.ndarray,
    p: float,
    rng: np.random.Generator,
    training: bool = True,
) -> np.ndarray:
    raise NotImplementedError("TODO: a correct solution written another way")
