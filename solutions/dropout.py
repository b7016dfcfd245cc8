"""Reference solution of the dropout kata."""

import numpy as np


def dropout(
    x: np.ndarray,
    p: float,
    rng: np.random.Generator,
    training: bool = True,
) -> np.ndarray:
    """TODO: what it returns, with the shape of every input and output, the errors
    raised and the source of the formula (PyTorch, scikit-learn, a paper)."""
    raise NotImplementedError("TODO: the reference, vectorised NumPy")
