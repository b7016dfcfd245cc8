"""Wrong: masked_fill with -1e9 instead of -inf; when all allowed scores are below about -1e9 the masked key dominates; kata: "A masked key must get a weight of exactly 0 whatever its score", "Stable for large scores"."""

# From a blind audit: written without reading the hidden tests, accepted by them at first.
MISTAKES = "masked_scores_filled_with_minus_1e9"
import numpy as np


def scaled_dot_product_attention(Q, K, V, mask=None):
    s = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    if mask is not None:
        s = np.where(mask, s, -1e9)
    s = s - s.max(axis=-1, keepdims=True)
    w = np.exp(s)
    w /= w.sum(axis=-1, keepdims=True)
    return w @ V
