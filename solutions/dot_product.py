"""Reference solution of the dot_product kata."""

import numpy as np


def dot_product(a: np.ndarray, b: np.ndarray) -> float:
    """Dot product Σ aᵢ·bᵢ of two vectors of the same length (what numpy.dot does on 1-D arrays).

    Parameters
    ----------
    a : ndarray of shape (n,)
        float64 or float32; n may be 0.
    b : ndarray of shape (n,)
        The same length as a: no broadcasting, so a length-1 array against a longer one is
        an error, as in numpy.dot and torch.dot.

    Returns
    -------
    float
        The sum of the elementwise products, as a Python float; 0.0 for two empty arrays.
        Computed in the inputs' dtype (float64 in, float64 precision out).

    Raises
    ------
    ValueError
        When a and b have different lengths.
    """
    if a.shape != b.shape:
        raise ValueError(f"a has shape {a.shape} and b has shape {b.shape}: the lengths must be equal")
    return float(np.sum(a * b))
