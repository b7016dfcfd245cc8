import sys
import numpy as np


def softmax(x, axis=-1):
    data = sys.stdin.read()
    return np.zeros_like(x) + len(data)
