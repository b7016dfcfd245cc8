"""The mlp_backward reference agrees with PyTorch's autograd, and with central differences."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

mlp_backward = import_file(load_catalog()["mlp_backward"].solution_path, "ref_mlp_backward").mlp_backward

KEYS = ("W1", "b1", "W2", "b2")


def _network(rng, n, d, h, c, scale=1.0, dtype=np.float64):
    x = rng.normal(size=(n, d))
    W1, b1 = rng.normal(size=(d, h)), rng.normal(size=h)
    W2, b2 = rng.normal(scale=scale, size=(h, c)), rng.normal(size=c)
    return tuple(a.astype(dtype) for a in (x, W1, b1, W2, b2)), rng.integers(0, c, size=n)


@pytest.mark.parametrize(("dtype", "rtol", "atol"), [(np.float64, 1e-11, 1e-13), (np.float32, 1e-4, 1e-6)])
@pytest.mark.parametrize(
    ("n", "d", "h", "c", "scale"),
    [(5, 3, 4, 6, 1.0), (8, 4, 4, 4, 1.0), (1, 2, 3, 2, 1.0), (6, 3, 5, 4, 300.0)],
)
def test_reference_matches_torch_autograd(dtype, rtol, atol, n, d, h, c, scale):
    torch = import_torch()
    (x, W1, b1, W2, b2), y = _network(np.random.default_rng(n * 100 + c), n, d, h, c, scale, dtype)
    params = {key: torch.tensor(a, requires_grad=True) for key, a in zip(KEYS, (W1, b1, W2, b2))}
    hidden = torch.relu(torch.from_numpy(x) @ params["W1"] + params["b1"])
    loss = torch.nn.functional.cross_entropy(hidden @ params["W2"] + params["b2"], torch.from_numpy(y))
    loss.backward()
    result, grads = mlp_backward(x, y, W1, b1, W2, b2)
    assert type(result) is float and result == pytest.approx(loss.item(), rel=rtol)
    assert list(grads) == list(KEYS)
    for key in KEYS:
        assert grads[key].dtype == dtype and grads[key].shape == params[key].shape
        np.testing.assert_allclose(grads[key], params[key].grad.numpy(), rtol=rtol, atol=atol, err_msg=key)


def test_relu_gradient_at_exactly_zero_is_zero_as_in_torch():
    torch = import_torch()
    x = np.array([[0.0, 0.0], [1.0, -1.0], [0.5, 2.0]])  # the first row's pre-activation is b1
    W1, b1 = np.array([[1.0, -1.0, 0.5], [1.0, 1.0, -0.5]]), np.array([0.0, 0.0, 0.3])
    W2, b2 = np.array([[1.0, -2.0], [0.5, 1.0], [-1.0, 1.0]]), np.array([0.1, -0.1])
    y = np.array([1, 0, 1])
    params = {key: torch.tensor(a, requires_grad=True) for key, a in zip(KEYS, (W1, b1, W2, b2))}
    hidden = torch.relu(torch.from_numpy(x) @ params["W1"] + params["b1"])
    torch.nn.functional.cross_entropy(hidden @ params["W2"] + params["b2"], torch.from_numpy(y)).backward()
    _, grads = mlp_backward(x, y, W1, b1, W2, b2)
    for key in KEYS:
        np.testing.assert_allclose(grads[key], params[key].grad.numpy(), rtol=1e-12, atol=1e-15, err_msg=key)


def test_reference_gradients_are_central_differences_of_its_loss():
    """Independent of any library: the gradient of the loss, one parameter entry at a time."""
    rng = np.random.default_rng(11)
    (x, W1, b1, W2, b2), y = _network(rng, 6, 3, 4, 5)
    params = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    _, grads = mlp_backward(x, y, W1, b1, W2, b2)
    step = 1e-6
    for key in KEYS:
        numerical = np.zeros_like(params[key])
        for index in np.ndindex(params[key].shape):
            losses = []
            for sign in (1.0, -1.0):
                moved = {k: v.copy() for k, v in params.items()}
                moved[key][index] += sign * step
                losses.append(mlp_backward(x, y, **moved)[0])
            numerical[index] = (losses[0] - losses[1]) / (2 * step)
        np.testing.assert_allclose(grads[key], numerical, rtol=1e-6, atol=1e-9, err_msg=key)


def test_large_logits_give_an_exact_loss_and_no_warning():
    x = np.array([[1.0, 0.0], [0.0, 1.0]])
    W1, b1 = np.eye(2), np.zeros(2)
    W2, b2 = np.array([[1000.0, 0.0], [0.0, 1000.0]]), np.zeros(2)
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        loss, grads = mlp_backward(x, np.array([1, 1]), W1, b1, W2, b2)
    assert loss == 500.0  # the first row loses 1000, the second 0 (exp(-1000) is 0 next to 1)
    np.testing.assert_allclose(grads["b2"], [0.5, -0.5], rtol=1e-15)  # (softmax - one-hot)/N: [1, -1]/2 and 0
