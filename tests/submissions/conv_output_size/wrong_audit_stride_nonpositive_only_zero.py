"""Wrong: only rejects stride == 0 (division by zero), not negative strides; stride=-1 with a zero numerator returns 1; catalog: "Raises ValueError for ... stride ... < 1"."""

# From a blind audit: written without reading the hidden tests, accepted by them at first.
MISTAKES = "negative_stride_accepted"


def conv_output_size(size, kernel, padding=0, stride=1, dilation=1):
    if size < 1 or kernel < 1 or stride == 0 or dilation < 1 or padding < 0:
        raise ValueError("bad argument")
    out = (size + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1
    if out < 1:
        raise ValueError("output smaller than 1")
    return out
