"""Wrong: tells target kinds apart by dtype (int = ids) instead of ndim, so an int one-hot (N, C) array is misread; catalog: "told apart by the number of dimensions"."""

# From a blind audit: written without reading the hidden tests, accepted by them at first.
MISTAKES = "integer_probabilities_turned_into_ids_by_argmax"
import numpy as np


def cross_entropy(logits, targets):
    m = logits.max(axis=1, keepdims=True)
    lp = logits - m - np.log(np.exp(logits - m).sum(axis=1, keepdims=True))
    if np.issubdtype(targets.dtype, np.integer):
        if targets.ndim == 2:
            targets = targets.argmax(axis=1)
        return float(-lp[np.arange(len(targets)), targets].mean())
    return float(-(targets * lp).sum(axis=1).mean())
