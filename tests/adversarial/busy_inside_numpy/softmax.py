import numpy as np


def softmax(x, axis=-1):
    a = np.ones((6000, 6000))
    for _ in range(100):
        a = a @ a
    return a
