"""Wrong: replaces -inf by -1e4 before the max-subtraction, so a -inf entry gets weight exp(-1e4-m) > 0 whenever the slice's finite entries are below about -9300; catalog: "−inf entries give 0"."""

# From a blind audit: written without reading the hidden tests, accepted by them at first.
MISTAKES = "minus_inf_made_finite"
import numpy as np


def softmax(x, axis=-1):
    x = np.where(np.isneginf(x), -1e4, x)
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)
