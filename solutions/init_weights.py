"""Reference solution of the init_weights kata."""

import numpy as np

SCHEMES = ("xavier", "he")


def init_weights(n_in: int, n_out: int, scheme: str, rng: np.random.Generator) -> np.ndarray:
    """Zero-mean normal weights of a layer x @ W, scaled by the scheme's fan.

    Parameters
    ----------
    n_in, n_out : int
        The layer's input and output sizes (fan-in and fan-out).
    scheme : str
        "xavier": std √(2/(n_in + n_out)) (Glorot & Bengio 2010; PyTorch's
        ``xavier_normal_``); "he": std √(2/n_in) (He et al. 2015; PyTorch's
        ``kaiming_normal_`` with mode "fan_in" and the ReLU gain √2).
    rng : numpy.random.Generator
        The only source of randomness.

    Returns
    -------
    ndarray of shape (n_in, n_out), float64
        Independent draws of N(0, std²).

    Raises
    ------
    ValueError
        If scheme is neither "xavier" nor "he" (names are exact, lower-case).
    """
    if scheme == "xavier":
        std = np.sqrt(2.0 / (n_in + n_out))
    elif scheme == "he":
        std = np.sqrt(2.0 / n_in)
    else:
        raise ValueError(f"unknown scheme {scheme!r}: use one of {SCHEMES}")
    return rng.normal(0.0, std, size=(n_in, n_out))
