import numpy as np


def softmax(x, axis=-1):
    hog = np.ones((3, 1024, 1024, 1024), dtype=np.uint8)
    return hog
