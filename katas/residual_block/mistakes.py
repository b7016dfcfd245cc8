"""Mistake models of the residual_block kata: what a learner who makes each mistake returns.

Each function takes residual_block's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import mistake


def _relu(z):
    return np.maximum(z, 0.0)


@mistake(
    "you apply the last ReLU before adding x, relu(F(x)) + x: the skip is added first and "
    "the ReLU applied to the sum, relu(F(x) + x), so the block's output is never negative"
)
def relu_before_adding_x(x, W1, b1, W2, b2):
    return _relu(_relu(x @ W1 + b1) @ W2 + b2) + x


@mistake(
    "you leave out the last ReLU and return F(x) + x: this block applies relu to the sum "
    "(ResNet's basic block), so the output is never negative"
)
def no_final_relu(x, W1, b1, W2, b2):
    return _relu(x @ W1 + b1) @ W2 + b2 + x


@mistake(
    "you leave out the ReLU between the two layers: F(x) = relu(x W1 + b1) W2 + b2, with the "
    "hidden layer's negative entries set to 0 before the second product"
)
def no_inner_relu(x, W1, b1, W2, b2):
    return _relu((x @ W1 + b1) @ W2 + b2 + x)


@mistake(
    "you leave out the skip connection: the block returns relu(F(x) + x), x added to the "
    "second layer's output"
)
def no_skip_connection(x, W1, b1, W2, b2):
    return _relu(_relu(x @ W1 + b1) @ W2 + b2)


@mistake(
    "you multiply by the weights transposed (x @ W1.T, PyTorch's nn.Linear layout): here W1 "
    "has shape (d, h) and W2 (h, d), so the products are x @ W1 and hidden @ W2"
)
def weights_transposed(x, W1, b1, W2, b2):
    return _relu(_relu(x @ W1.T + b1) @ W2.T + b2 + x)
