"""Reference solution of the clip_grad_norm kata."""

import numpy as np


def clip_grad_norm(grads: list[np.ndarray], max_norm: float) -> tuple[list[np.ndarray], float]:
    """Clip gradients by their global L2 norm, as torch.nn.utils.clip_grad_norm_ (norm_type 2).

    As PyTorch does, the norm of each array first, then the norm of those norms; each
    array is multiplied by min(1, max_norm / (total_norm + 1e-6)) (PyTorch's
    clip_grad.py). Unlike PyTorch, new arrays are returned and grads is left alone.

    Parameters
    ----------
    grads : list of ndarrays, each of any shape
        The gradients, float64 or float32; may be empty.
    max_norm : float
        The largest total norm allowed, above 0.

    Returns
    -------
    clipped : list of ndarrays
        New arrays of the gradients' shapes and dtypes, scaled by the factor above.
    total_norm : float
        The norm of all the gradients together, before clipping (0.0 for an empty list).
    """
    norms = [np.linalg.norm(np.ravel(grad)) for grad in grads]
    total_norm = float(np.linalg.norm(norms))
    factor = min(1.0, max_norm / (total_norm + 1e-6))
    return [grad * factor for grad in grads], total_norm
