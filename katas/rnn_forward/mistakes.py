"""Mistake models of the rnn_forward kata: what a learner who makes each mistake returns.

Each function takes rnn_forward's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input. Keep a wrong
learner file under tests/submissions/rnn_forward/ for each model.
"""

import numpy as np

from harness.diagnosis import mistake


def _run(x, h0, Wx, Wh, b, step):
    """The right loop over time with another step rule: (outputs, h_last)."""
    h = np.array(h0, dtype=np.result_type(x, h0, Wx, Wh, b))
    outputs = np.empty((x.shape[0], *h.shape), dtype=h.dtype)
    for t in range(x.shape[0]):
        h = step(x[t], h)
        outputs[t] = h
    return outputs, h


@mistake(
    "you read x as batch first (N, T, D) and step over x[:, t]; x is time first (T, N, D): "
    "step t is x[t], and outputs are (T, N, H)"
)
def batch_first(x, h0, Wx, Wh, b):
    h = h0
    states = []
    for t in range(x.shape[1]):
        h = np.tanh(x[:, t] @ Wx + h @ Wh + b)
        states.append(h)
    outputs = np.stack(states, axis=1) if states else np.empty((h0.shape[0], 0, h0.shape[1]))
    return outputs, h


@mistake(
    "your outputs start with h0 and stop before the last step: store each new h after "
    "computing it, so that outputs[t] is h_{t+1} and outputs[-1] is h_last"
)
def outputs_shifted_by_one(x, h0, Wx, Wh, b):
    right, h_last = _run(x, h0, Wx, Wh, b, lambda x_t, h: np.tanh(x_t @ Wx + h @ Wh + b))
    outputs = np.concatenate([np.array(h0, dtype=right.dtype)[None], right[:-1]]) if len(x) else right
    return outputs, h_last


@mistake("you swapped Wx and Wh: Wx (D, H) multiplies the input x_t, Wh (H, H) the previous state")
def weights_swapped(x, h0, Wx, Wh, b):
    return _run(x, h0, Wx, Wh, b, lambda x_t, h: np.tanh(x_t @ Wh + h @ Wx + b))


@mistake(
    "you multiply by Wh transposed (h @ Wh.T, the cheat sheet's column convention Wh·h); with the "
    "row convention the previous state multiplies Wh as it is: h @ Wh"
)
def recurrent_weights_transposed(x, h0, Wx, Wh, b):
    return _run(x, h0, Wx, Wh, b, lambda x_t, h: np.tanh(x_t @ Wx + h @ Wh.T + b))


@mistake("you add b after the tanh; the bias goes inside: tanh(x_t Wx + h Wh + b)")
def bias_after_tanh(x, h0, Wx, Wh, b):
    return _run(x, h0, Wx, Wh, b, lambda x_t, h: np.tanh(x_t @ Wx + h @ Wh) + b)


@mistake("every step uses h0 instead of the previous step's state: carry h forward from step to step")
def h0_at_every_step(x, h0, Wx, Wh, b):
    return _run(x, h0, Wx, Wh, b, lambda x_t, h: np.tanh(x_t @ Wx + h0 @ Wh + b))


@mistake(
    "np.stack of an empty list raises when T = 0; a sequence of length 0 gives outputs of shape "
    "(0, N, H) and a copy of h0: allocate outputs with np.empty((T, N, H)) and fill it"
)
def stack_of_no_steps(x, h0, Wx, Wh, b):
    outputs, h_last = _run(x, h0, Wx, Wh, b, lambda x_t, h: np.tanh(x_t @ Wx + h @ Wh + b))
    return np.stack(list(outputs)), h_last
