"""Reference solution of the binary_cross_entropy kata."""

import numpy as np


def binary_cross_entropy(y_true: np.ndarray, p: np.ndarray, eps: float = 1e-12) -> float:
    """Mean binary cross-entropy (log loss) of predicted probabilities, with p clipped.

    L = mean of -[y log p + (1 - y) log(1 - p)] over every element, with p first
    clipped to [eps, 1 - eps] so that a probability of exactly 0 or 1 costs
    -log(eps) at most instead of infinity. This is scikit-learn's log_loss for
    1-D hard labels (which clips at the dtype's machine epsilon instead of eps)
    and PyTorch's F.binary_cross_entropy with reduction="mean" for any shape (which
    clamps each log at -100 instead of clipping p).

    Parameters
    ----------
    y_true : ndarray of any shape
        Labels in [0, 1]: hard 0/1 (int or float) or soft.
    p : ndarray of the same shape as y_true
        Predicted probabilities of the positive class, in [0, 1].
    eps : float, default 1e-12
        The clip: p is used as min(max(p, eps), 1 - eps).

    Returns
    -------
    float
        The mean loss in nats, computed in float64 even for float32 inputs (in
        float32, 1 - 1e-12 rounds to 1 and the clip at the top is lost).

    Raises
    ------
    Nothing of its own: the catalog names no ValueError case (inputs of different
    shapes are the caller's mistake; NumPy raises or broadcasts).
    """
    y = np.asarray(y_true, dtype=np.float64)
    clipped = np.clip(np.asarray(p, dtype=np.float64), eps, 1.0 - eps)
    return float(-np.mean(y * np.log(clipped) + (1.0 - y) * np.log1p(-clipped)))
