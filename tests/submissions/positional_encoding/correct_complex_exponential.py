import numpy as np


def positional_encoding(max_len: int, d_model: int) -> np.ndarray:
    # cos + i·sin of each pair's angle, then the sine and cosine parts interleaved
    if max_len < 0 or d_model < 1:
        raise ValueError("max_len must be >= 0 and d_model >= 1")
    frequencies = 10000.0 ** (-np.arange(0, d_model, 2) / d_model)
    phases = np.exp(1j * np.outer(np.arange(max_len), frequencies))
    pairs = np.stack([phases.imag, phases.real], axis=-1).reshape(max_len, 2 * len(frequencies))
    return pairs[:, :d_model].copy()
