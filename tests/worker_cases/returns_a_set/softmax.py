def softmax(x, axis=-1):
    return {1, 2}
