import numpy as np

MISTAKES = "integer_division_in_the_exponent"


def positional_encoding(max_len: int, d_model: int) -> np.ndarray:
    pair = np.arange(d_model) // 2
    angles = np.arange(max_len)[:, None] / 10000.0 ** (2 * pair // d_model)
    return np.where(np.arange(d_model) % 2 == 0, np.sin(angles), np.cos(angles))
