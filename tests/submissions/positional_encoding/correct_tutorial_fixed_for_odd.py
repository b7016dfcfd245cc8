import math

import numpy as np


def positional_encoding(max_len: int, d_model: int) -> np.ndarray:
    # PyTorch's tutorial (exp of a log), with the cosine columns cut to fit an odd d_model
    if max_len < 0 or d_model < 1:
        raise ValueError("max_len must be >= 0 and d_model >= 1")
    position = np.arange(max_len, dtype=np.float64)[:, None]
    div_term = np.exp(np.arange(0, d_model, 2) * (-math.log(10000.0) / d_model))
    pe = np.zeros((max_len, d_model))
    pe[:, 0::2] = np.sin(position * div_term)
    pe[:, 1::2] = np.cos(position * div_term)[:, : d_model // 2]
    return pe
