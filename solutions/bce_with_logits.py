"""Reference solution of the bce_with_logits kata."""

import numpy as np


def bce_with_logits(y_true: np.ndarray, logits: np.ndarray) -> float:
    """Mean binary cross-entropy of sigmoid(logits), computed from the logits, stably.

    -[y log σ(z) + (1 - y) log(1 - σ(z))] = max(z, 0) - z·y + log(1 + e^-|z|), the form
    of TensorFlow's sigmoid_cross_entropy_with_logits; PyTorch's
    binary_cross_entropy_with_logits computes the same loss. No exponential can
    overflow (e^-|z| <= 1) and no sigmoid is rounded to 0 or 1 before its log, so
    logits of +-1000 give exact losses (1000 for a confident mistake, 0 for a
    confident success). log1p keeps the tiny log(1 + e^-|z|) of large |z| exact.

    Parameters
    ----------
    y_true : ndarray of any shape
        Labels in [0, 1]: hard 0/1 (int or float) or soft.
    logits : ndarray of the same shape as y_true
        Unnormalised scores z; the predicted probability is σ(z).

    Returns
    -------
    float
        The mean loss over every element, in nats, computed in float64 even for
        float32 inputs.

    Raises
    ------
    Nothing of its own: the catalog names no ValueError case (inputs of different
    shapes are the caller's mistake; NumPy raises or broadcasts).
    """
    y = np.asarray(y_true, dtype=np.float64)
    z = np.asarray(logits, dtype=np.float64)
    return float(np.mean(np.maximum(z, 0.0) - z * y + np.log1p(np.exp(-np.abs(z)))))
