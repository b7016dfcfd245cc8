"""Mistake models of the lstm_cell kata: what a learner who makes each mistake returns.

Each function takes lstm_cell's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input. Keep a wrong
learner file under tests/submissions/lstm_cell/ for each model.
"""

import numpy as np

from harness.diagnosis import mistake


def _sigmoid(z):
    small = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + small), small / (1.0 + small))


def _cell(z, c, order="ifgo", g_squash=np.tanh, tanh_of_new_c=True, sigmoid=_sigmoid):
    """(h_new, c_new) from the pre-activations z (N, 4H), with the gates read in `order`."""
    gates = dict(zip(order, np.split(z, 4, axis=1)))
    c_new = sigmoid(gates["f"]) * c + sigmoid(gates["i"]) * g_squash(gates["g"])
    h_new = sigmoid(gates["o"]) * np.tanh(c_new if tanh_of_new_c else c)
    return h_new, c_new


def _z(x, h, W, b):
    return np.concatenate([h, x], axis=1) @ W + b


@mistake(
    "you concatenate [x, h]; the rows of W are for [h, x], h first, as the cheat sheet's "
    "[h_{t-1}, x_t]: np.concatenate([h, x], axis=1) @ W"
)
def x_before_h(x, h, c, W, b):
    return _cell(np.concatenate([x, h], axis=1) @ W + b, c)


@mistake("you split the gates as i, f, o, g; PyTorch's order is i, f, g, o (the candidate g third)")
def gates_i_f_o_g(x, h, c, W, b):
    return _cell(_z(x, h, W, b), c, order="ifog")


@mistake(
    "you split the gates as i, g, f, o (TensorFlow 1's LSTMCell order, i, j, f, o); PyTorch's order "
    "is i, f, g, o: the forget gate second, the candidate third"
)
def gates_i_g_f_o(x, h, c, W, b):
    return _cell(_z(x, h, W, b), c, order="igfo")


@mistake("you split the gates as f, i, g, o; PyTorch's order is i, f, g, o (the input gate first)")
def gates_f_i_g_o(x, h, c, W, b):
    return _cell(_z(x, h, W, b), c, order="figo")


@mistake("your h_new uses tanh of the old cell state c; it is σ(o)⊙tanh(c_new), of the new one")
def tanh_of_the_old_cell(x, h, c, W, b):
    return _cell(_z(x, h, W, b), c, tanh_of_new_c=False)


@mistake("you squash the candidate g with a sigmoid; it goes through tanh, so it can be negative")
def sigmoid_on_the_candidate(x, h, c, W, b):
    return _cell(_z(x, h, W, b), c, g_squash=_sigmoid)


@mistake("you return (c_new, h_new); the pair is (h_new, c_new), the hidden state first")
def cell_state_first(x, h, c, W, b):
    h_new, c_new = _cell(_z(x, h, W, b), c)
    return c_new, h_new


@mistake(
    "your sigmoid 1/(1 + exp(-z)) overflows (and NumPy warns) for pre-activations below about "
    "-709 in float64 (-88 in float32); compute it from exp(-|z|), by the sign of z, so that no "
    "exponential overflows"
)
def sigmoid_that_overflows(x, h, c, W, b):
    with np.errstate(over="ignore"):
        return _cell(_z(x, h, W, b), c, sigmoid=lambda z: 1.0 / (1.0 + np.exp(-z)))
