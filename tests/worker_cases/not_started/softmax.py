def softmax(x, axis=-1):
    raise NotImplementedError
