import numpy as np

MISTAKES = "sines_then_cosines"


def positional_encoding(max_len: int, d_model: int) -> np.ndarray:
    # tensor2tensor's layout: all sines, then all cosines
    n_sin = (d_model + 1) // 2
    i = np.arange(n_sin)
    angles = np.arange(max_len)[:, None] / np.power(10000.0, 2 * i / d_model)
    return np.hstack([np.sin(angles), np.cos(angles)[:, : d_model - n_sin]])
