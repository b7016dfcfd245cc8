"""Wrong: clips logits below at -1e5 "to avoid -inf", so a -inf entry gets weight 1 in a slice whose finite entries are all below about -1e5; catalog: "−inf entries give 0"."""

# From a blind audit: written without reading the hidden tests, accepted by them at first.
MISTAKES = "logits_clipped_from_below"
import numpy as np


def softmax(x, axis=-1):
    x = np.maximum(x, -1e5)
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)
