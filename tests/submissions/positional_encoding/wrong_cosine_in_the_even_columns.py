import numpy as np

MISTAKES = "cosine_in_the_even_columns"


def positional_encoding(max_len: int, d_model: int) -> np.ndarray:
    angles = np.arange(max_len)[:, None] / 10000.0 ** (2 * (np.arange(d_model) // 2) / d_model)
    return np.where(np.arange(d_model) % 2 == 0, np.cos(angles), np.sin(angles))
