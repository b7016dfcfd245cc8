import numpy as np


def softmax(x, axis=-1):
    print("x" * 100_000)
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)
