"""Mistake models of the mlp_backward kata: what a learner who makes each mistake returns.

Each function takes mlp_backward's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input; the hidden tests
compare one part of the answer at a time (the loss, or one gradient), so a model
is named only by the tests of the parts it gets wrong.
"""

import numpy as np

from harness.diagnosis import mistake


def _backprop(
    x,
    y,
    W1,
    b1,
    W2,
    b2,
    relu_grad=lambda dh, z1, h: dh * (z1 > 0),
    dlogits_of=lambda p, onehot, n: (p - onehot) / n,
    loss_of=lambda log_p, n: -np.mean(log_p),
    bias_grad=lambda dz: dz.sum(axis=0),
    weight_grad=lambda a, dz: a.T @ dz,
    back_through_W2=lambda dlogits, W2: dlogits @ W2.T,
    stable=True,
):
    """The right forward and backward pass, with any one step replaced by a mistake's."""
    n = len(x)
    z1 = x @ W1 + b1
    h = np.maximum(z1, 0.0)
    logits = h @ W2 + b2
    if stable:
        shifted = logits - logits.max(axis=1, keepdims=True)
        log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        p = np.exp(log_probs)
    else:
        p = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
        log_probs = np.log(p)
    onehot = np.zeros_like(p)
    onehot[np.arange(n), y] = 1.0
    loss = loss_of(log_probs[np.arange(n), y], n)
    dlogits = dlogits_of(p, onehot, n)
    dz1 = relu_grad(back_through_W2(dlogits, W2), z1, h)
    grads = {
        "W1": weight_grad(x, dz1),
        "b1": bias_grad(dz1),
        "W2": weight_grad(h, dlogits),
        "b2": bias_grad(dlogits),
    }
    return float(loss), grads


@mistake(
    "dW1 and db1: you multiply the gradient by the hidden activations h instead of ReLU's "
    "derivative: ReLU'(z1) is 1 where z1 > 0 and 0 elsewhere, so dz1 = dh * (z1 > 0)"
)
def relu_gradient_times_activation(x, y, W1, b1, W2, b2):
    return _backprop(x, y, W1, b1, W2, b2, relu_grad=lambda dh, z1, h: dh * h)


@mistake(
    "dW1 and db1: you take ReLU's derivative as 1 at z1 = 0 (z1 >= 0); the catalog and PyTorch "
    "take it as 0 there: mask with z1 > 0"
)
def relu_derivative_one_at_zero(x, y, W1, b1, W2, b2):
    return _backprop(x, y, W1, b1, W2, b2, relu_grad=lambda dh, z1, h: dh * (z1 >= 0))


@mistake(
    "dW1 and db1: you leave out ReLU's mask: the gradient reaching the hidden layer must be "
    "zeroed where the unit was off, dz1 = dh * (z1 > 0)"
)
def no_relu_mask(x, y, W1, b1, W2, b2):
    return _backprop(x, y, W1, b1, W2, b2, relu_grad=lambda dh, z1, h: dh)


@mistake(
    "dW1 and db1: you apply ReLU to the gradient, max(dh, 0): backprop through ReLU keeps dh "
    "where the forward pre-activation z1 was positive (dh * (z1 > 0)), whatever dh's sign"
)
def relu_applied_to_the_gradient(x, y, W1, b1, W2, b2):
    return _backprop(x, y, W1, b1, W2, b2, relu_grad=lambda dh, z1, h: np.maximum(dh, 0.0))


@mistake(
    "your gradient of the logits is softmax/N without subtracting the one-hot labels: "
    "d loss/d logits = (softmax(logits) - onehot(y))/N"
)
def one_hot_not_subtracted(x, y, W1, b1, W2, b2):
    return _backprop(x, y, W1, b1, W2, b2, dlogits_of=lambda p, onehot, n: p / n)


@mistake(
    "you subtract 1 from whole columns (p[:, y] -= 1), not one entry per row: subtract 1 at "
    "[n, y[n]] only, with p[np.arange(N), y] -= 1"
)
def one_hot_subtracted_from_whole_columns(x, y, W1, b1, W2, b2):
    def dlogits_of(p, onehot, n):
        dlogits = p.copy()
        dlogits[:, y] -= 1.0
        return dlogits / n

    return _backprop(x, y, W1, b1, W2, b2, dlogits_of=dlogits_of)


@mistake(
    "your gradients are N times too large: the loss is a mean over the N samples, so every "
    "gradient carries its 1/N: d loss/d logits = (softmax - onehot)/N"
)
def gradients_not_divided_by_n(x, y, W1, b1, W2, b2):
    return _backprop(x, y, W1, b1, W2, b2, dlogits_of=lambda p, onehot, n: p - onehot)


@mistake("your loss is the sum over the batch: the loss is the mean of the N cross-entropies")
def loss_summed(x, y, W1, b1, W2, b2):
    return _backprop(x, y, W1, b1, W2, b2, loss_of=lambda log_p, n: -np.sum(log_p))


@mistake(
    "your bias gradients average over the batch (mean(axis=0)): the 1/N is already in "
    "d loss/d logits, so a bias gradient is the sum over the samples, sum(axis=0)"
)
def bias_gradient_averaged(x, y, W1, b1, W2, b2):
    return _backprop(x, y, W1, b1, W2, b2, bias_grad=lambda dz: dz.mean(axis=0))


@mistake(
    "your bias gradients sum over axis 1 (the units), giving one number per sample: a bias "
    "is shared by the samples, so its gradient sums over axis 0, shape (H,) or (C,)"
)
def bias_gradient_summed_over_units(x, y, W1, b1, W2, b2):
    return _backprop(x, y, W1, b1, W2, b2, bias_grad=lambda dz: dz.sum(axis=1))


@mistake(
    "your bias gradients are not summed over the batch (shape (N, H) or (N, C)): a bias is "
    "shared by the samples, so its gradient is dz.sum(axis=0)"
)
def bias_gradient_not_summed(x, y, W1, b1, W2, b2):
    return _backprop(x, y, W1, b1, W2, b2, bias_grad=lambda dz: dz)


@mistake(
    "your weight gradients are transposed (dz.T @ a): a weight gradient has its weight's "
    "shape, dW1 = x.T @ dz1 of shape (D, H) and dW2 = h.T @ dlogits of shape (H, C)"
)
def weight_gradients_transposed(x, y, W1, b1, W2, b2):
    return _backprop(x, y, W1, b1, W2, b2, weight_grad=lambda a, dz: dz.T @ a)


@mistake(
    "dW1 and db1: you backpropagate through W2 without transposing it (dlogits @ W2): the "
    "gradient reaching h is dlogits @ W2.T, of shape (N, H)"
)
def W2_not_transposed_in_backprop(x, y, W1, b1, W2, b2):
    return _backprop(x, y, W1, b1, W2, b2, back_through_W2=lambda dlogits, W2: dlogits @ W2)


@mistake(
    "your softmax overflows: exp of a logit above 709 is inf and inf/inf is NaN; subtract "
    "each row's max logit before exp (log-sum-exp)"
)
def unstable_softmax(x, y, W1, b1, W2, b2):
    return _backprop(x, y, W1, b1, W2, b2, stable=False)


@mistake(
    "your loss takes the log of a probability that underflows to 0 (-log 0 = inf, or a cap "
    "such as -log(1e-9) = 20.7 with an epsilon): use the log-probabilities, logits - max - "
    "log Σ exp(logits - max), which stay exact",
    epsilon=(0.0, 1e-7, 1e-8, 1e-9, 1e-10, 1e-12, 1e-15),
)
def log_of_underflowed_probability(x, y, W1, b1, W2, b2, epsilon):
    def loss_of(log_p, n):
        return -np.mean(np.log(np.exp(log_p) + epsilon))

    return _backprop(x, y, W1, b1, W2, b2, loss_of=loss_of)
