"""Wrong: adds -1e9 to masked scores instead of replacing them, so a masked key with a score above ~1e9 keeps weight; catalog/kata: "A masked key must get a weight of exactly 0 whatever its score"."""

# From a blind audit: written without reading the hidden tests, accepted by them at first.
MISTAKES = "minus_1e9_added_to_masked_scores"
import numpy as np


def scaled_dot_product_attention(Q, K, V, mask=None):
    s = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    if mask is not None:
        s = s + np.where(mask, 0.0, -1e9)
    s = s - s.max(axis=-1, keepdims=True)
    w = np.exp(s)
    w /= w.sum(axis=-1, keepdims=True)
    return w @ V
