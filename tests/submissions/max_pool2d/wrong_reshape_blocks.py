"""Reshapes into non-overlapping kernel-sized blocks: right only when the stride is the kernel."""

MISTAKES = "stride_ignored"


def max_pool2d(x, kernel, stride=None):
    kh, kw = (kernel, kernel) if isinstance(kernel, int) else kernel
    n, c, h, w = x.shape
    if kh > h or kw > w:
        raise ValueError("kernel larger than the input")
    oh, ow = h // kh, w // kw
    blocks = x[:, :, : oh * kh, : ow * kw].reshape(n, c, oh, kh, ow, kw)
    return blocks.max(axis=(3, 5))
