import numpy as np

MISTAKES = "column_index_as_the_exponent"


def positional_encoding(max_len: int, d_model: int) -> np.ndarray:
    pe = np.zeros((max_len, d_model))
    pos = np.arange(max_len)[:, None]
    j = np.arange(d_model)[None, :]
    angle = pos / 10000 ** (j / d_model)
    pe[:, ::2] = np.sin(angle[:, ::2])
    pe[:, 1::2] = np.cos(angle[:, 1::2])
    return pe
