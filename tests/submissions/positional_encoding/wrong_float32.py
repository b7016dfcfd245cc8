import numpy as np

MISTAKES = "float32"


def positional_encoding(max_len: int, d_model: int) -> np.ndarray:
    # float32 to save memory, as many frameworks keep their tables
    angles = np.arange(max_len, dtype=np.float32)[:, None] / np.float32(10000.0) ** (
        (2 * (np.arange(d_model) // 2) / d_model).astype(np.float32)
    )
    return np.where(np.arange(d_model) % 2 == 0, np.sin(angles), np.cos(angles)).astype(np.float32)
