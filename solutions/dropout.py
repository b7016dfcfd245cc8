"""Reference solution of the dropout kata."""

import numpy as np


def dropout(x: np.ndarray, p: float, rng: np.random.Generator, training: bool = True) -> np.ndarray:
    """Inverted dropout: zero each entry with probability p, scale the others by 1/(1 - p).

    Parameters
    ----------
    x : ndarray of any shape
        Activations, float64 or float32.
    p : float
        The probability of zeroing an entry, in [0, 1].
    rng : numpy.random.Generator
        The only source of randomness.
    training : bool, default True
        False (evaluation) returns a copy of x.

    Returns
    -------
    ndarray of the same shape and dtype as x
        A new array: E[result] = x entry by entry. p = 1 gives all zeros.

    Raises
    ------
    ValueError
        If p is outside [0, 1], whether training or not.

    As PyTorch's torch.nn.functional.dropout (Srivastava et al., 2014, with the
    scaling moved to training time), except that evaluation returns a copy.
    """
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be in [0, 1], got {p}")
    if not training:
        return x.copy()
    if p == 1.0:
        return np.zeros_like(x)
    keep = rng.random(x.shape) >= p
    return x * keep / (1.0 - p)
