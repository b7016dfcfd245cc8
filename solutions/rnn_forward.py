"""Reference solution of the rnn_forward kata."""

import numpy as np


def rnn_forward(
    x: np.ndarray,
    h0: np.ndarray,
    Wx: np.ndarray,
    Wh: np.ndarray,
    b: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Run a vanilla (Elman) RNN over a sequence: h_t = tanh(x_t Wx + h_{t-1} Wh + b).

    x is (T, N, D), time first as PyTorch's nn.RNN with batch_first=False; h0 is
    (N, H), Wx (D, H), Wh (H, H), b (H,). Returns (outputs, h_last): outputs (T, N, H)
    holds h_1 ... h_T (not h0), h_last (N, H) is h_T, a new array; T = 0 gives
    outputs of shape (0, N, H) and a copy of h0. Raises nothing itself: inconsistent
    shapes raise NumPy's ValueError. Source: the cheat sheet's vanilla RNN, in the
    row convention of torch.nn.RNN (weight_ih_l0 = Wx.T, weight_hh_l0 = Wh.T).
    """
    inputs = x @ Wx + b  # (T, N, H): every step's input term in one product
    outputs = np.empty(inputs.shape, dtype=np.result_type(inputs, h0, Wh))
    h = h0.copy()  # a new array even when T = 0, and h0 is never touched
    for t in range(x.shape[0]):  # the recurrence is sequential in time; each step is batched
        h = np.tanh(inputs[t] + h @ Wh)
        outputs[t] = h
    return outputs, h
