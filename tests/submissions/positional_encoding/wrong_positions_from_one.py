import numpy as np

MISTAKES = "positions_from_one"


def positional_encoding(max_len: int, d_model: int) -> np.ndarray:
    positions = np.arange(1, max_len + 1)[:, None]
    exponent = 2 * (np.arange(d_model) // 2) / d_model
    angles = positions / 10000.0**exponent
    return np.where(np.arange(d_model) % 2 == 0, np.sin(angles), np.cos(angles))
