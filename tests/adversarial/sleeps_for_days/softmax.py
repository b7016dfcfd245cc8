import time


def softmax(x, axis=-1):
    time.sleep(10**6)
