"""Wrong: any integer-dtype targets are taken as class ids (no ndim check), so an int (N, C) probability/one-hot array is fancy-indexed as ids; catalog: "told apart by the number of dimensions"."""

# From a blind audit: written without reading the hidden tests, accepted by them at first.
MISTAKES = "integer_dtype_taken_for_ids"
import numpy as np


def cross_entropy(logits, targets):
    m = logits.max(axis=1, keepdims=True)
    lp = logits - m - np.log(np.exp(logits - m).sum(axis=1, keepdims=True))
    if np.issubdtype(targets.dtype, np.integer):
        return float(-lp[np.arange(len(targets)), targets].mean())
    return float(-(targets * lp).sum(axis=1).mean())
