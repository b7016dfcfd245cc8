from harness.checks import assert_close


def softmax(x, axis=-1):
    return x
