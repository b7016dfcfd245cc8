import math

import numpy as np

EXPECTED_STATUS = "slow"


def positional_encoding(max_len: int, d_model: int) -> np.ndarray:
    if max_len < 0 or d_model < 1:
        raise ValueError("max_len must be >= 0 and d_model >= 1")
    table = np.zeros((max_len, d_model))
    for pos in range(max_len):
        for j in range(d_model):
            angle = pos / 10000 ** (2 * (j // 2) / d_model)
            table[pos, j] = math.sin(angle) if j % 2 == 0 else math.cos(angle)
    return table
