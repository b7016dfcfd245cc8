import numpy as np

MISTAKES = "pair_index_without_the_2"


def positional_encoding(max_len: int, d_model: int) -> np.ndarray:
    out = np.empty((max_len, d_model))
    for j in range(d_model):
        i = j // 2
        angle = np.arange(max_len) / 10000 ** (i / d_model)
        out[:, j] = np.sin(angle) if j % 2 == 0 else np.cos(angle)
    return out
