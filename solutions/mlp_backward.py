"""Reference solution of the mlp_backward kata."""

import numpy as np


def mlp_backward(
    x: np.ndarray, y: np.ndarray, W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray
) -> tuple[float, dict[str, np.ndarray]]:
    """Loss and gradients of a two-layer ReLU MLP under mean softmax cross-entropy.

    Forward: z1 = x W1 + b1, h = relu(z1), logits = h W2 + b2,
    loss = (1/N) Σₙ -log softmax(logitsₙ)[yₙ] (PyTorch's F.cross_entropy, reduction "mean").
    Backward (the chain rule, as autograd computes it): dlogits = (softmax(logits) - onehot(y))/N,
    dW2 = hᵀ dlogits, db2 = Σₙ dlogits, dh = dlogits W2ᵀ, dz1 = dh ⊙ [z1 > 0] (ReLU' = 0 at 0,
    as torch.relu's backward), dW1 = xᵀ dz1, db1 = Σₙ dz1.

    Parameters
    ----------
    x : ndarray of shape (N, D)
    y : ndarray of shape (N,), integer labels in [0, C)
    W1 : ndarray of shape (D, H)
    b1 : ndarray of shape (H,)
    W2 : ndarray of shape (H, C)
    b2 : ndarray of shape (C,)

    Returns
    -------
    loss : float
    grads : dict with "W1" (D, H), "b1" (H,), "W2" (H, C), "b2" (C,), each of its
        parameter's shape and dtype (float32 parameters give float32 gradients)

    Raises
    ------
    Nothing of its own: the catalog names no ValueError case.
    """
    n = len(x)
    z1 = x @ W1 + b1
    h = np.maximum(z1, 0.0)
    logits = h @ W2 + b2
    shifted = logits - np.max(logits, axis=1, keepdims=True)
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    rows = np.arange(n)
    loss = -np.mean(log_probs[rows, y])
    dlogits = np.exp(log_probs)  # the softmax probabilities
    dlogits[rows, y] -= 1.0
    dlogits /= n
    dz1 = (dlogits @ W2.T) * (z1 > 0)
    grads = {"W1": x.T @ dz1, "b1": dz1.sum(axis=0), "W2": h.T @ dlogits, "b2": dlogits.sum(axis=0)}
    return float(loss), grads
