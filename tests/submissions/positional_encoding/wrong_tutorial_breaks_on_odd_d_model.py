import math

import numpy as np

MISTAKES = "angles_for_the_sine_columns_only"


def positional_encoding(max_len: int, d_model: int) -> np.ndarray:
    # PyTorch's tutorial, translated: right for even d_model only
    position = np.arange(max_len)[:, None]
    div_term = np.exp(np.arange(0, d_model, 2) * (-math.log(10000.0) / d_model))
    pe = np.zeros((max_len, d_model))
    pe[:, 0::2] = np.sin(position * div_term)
    pe[:, 1::2] = np.cos(position * div_term)
    return pe
