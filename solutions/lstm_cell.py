"""Reference solution of the lstm_cell kata."""

import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    """1/(1 + e^-z) without overflow: e^-|z| never exceeds 1."""
    small = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + small), small / (1.0 + small))


def lstm_cell(
    x: np.ndarray,
    h: np.ndarray,
    c: np.ndarray,
    W: np.ndarray,
    b: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """One step of an LSTM cell: the new hidden state and cell state (h_new, c_new).

    x is (N, D), h and c are (N, H), W is (H + D, 4H) and b is (4H,). The
    pre-activations are z = [h, x] @ W + b (h first, as the cheat sheet's
    [h_{t-1}, x_t]), split along the last axis into the gates i, f, g, o in
    torch.nn.LSTMCell's order; then c_new = σ(f)⊙c + σ(i)⊙tanh(g) and
    h_new = σ(o)⊙tanh(c_new), both new (N, H) arrays. The sigmoid is computed from
    e^-|z|, so large pre-activations neither overflow nor warn. Raises nothing itself:
    inconsistent shapes raise NumPy's ValueError. Source: Hochreiter and Schmidhuber
    (1997) with the forget gate of Gers et al. (2000), as the torch.nn.LSTMCell docs
    give it (there W = [weight_hh; weight_ih] transposed and b = bias_ih + bias_hh).
    """
    z = np.concatenate([h, x], axis=1) @ W + b  # (N, 4H)
    i, f, g, o = np.split(z, 4, axis=1)
    c_new = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)
    h_new = _sigmoid(o) * np.tanh(c_new)
    return h_new, c_new
