class Escape(BaseException):
    pass


def softmax(x, axis=-1):
    raise Escape("out")
