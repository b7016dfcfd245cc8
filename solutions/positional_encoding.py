"""Reference solution of the positional_encoding kata."""

import numpy as np


def positional_encoding(max_len: int, d_model: int) -> np.ndarray:
    """The sinusoidal positional encodings of positions 0 ... max_len - 1.

    Returns an array of shape (max_len, d_model), float64: column 2i holds
    sin(pos / 10000^(2i/d_model)) and column 2i + 1 the cosine of the same angle; an odd
    d_model ends with a sine column.
    Source: Vaswani et al., "Attention Is All You Need" (2017), section 3.5.
    """
    positions = np.arange(max_len)[:, None]
    pair_exponents = 2 * (np.arange(d_model) // 2) / d_model  # 2i/d_model for columns 2i and 2i + 1
    angles = positions / np.power(10000.0, pair_exponents)
    encoding = np.empty((max_len, d_model))
    encoding[:, 0::2] = np.sin(angles[:, 0::2])
    encoding[:, 1::2] = np.cos(angles[:, 1::2])
    return encoding
