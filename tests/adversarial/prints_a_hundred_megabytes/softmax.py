import numpy as np


def softmax(x, axis=-1):
    print("x" * 100_000_000)
    return np.zeros_like(x)
