"""The clip_grad_norm reference against torch.nn.utils.clip_grad_norm_ and a plain-Python loop."""

from __future__ import annotations

import math

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

clip_grad_norm = import_file(
    load_catalog()["clip_grad_norm"].solution_path, "ref_clip_grad_norm"
).clip_grad_norm

SHAPES = [(4, 3), (7,), (2, 3, 2), (), (1, 5)]


def _cases(seed: int, count: int) -> list[tuple[list[np.ndarray], float]]:
    """Gradients of several shapes and scales, with limits below, near and above their norm."""
    rng = np.random.default_rng(seed)
    cases = []
    for _ in range(count):
        grads = [rng.normal(scale=10.0 ** rng.uniform(-4, 3), size=shape) for shape in SHAPES]
        norm = math.sqrt(sum(float(np.sum(grad**2)) for grad in grads))
        cases.append((grads, norm * float(rng.choice([0.01, 0.5, 1.0, 2.0]))))
    return cases


@pytest.mark.parametrize(("dtype", "rtol"), [(np.float64, 1e-12), (np.float32, 2e-6)])
def test_reference_matches_torch_clip_grad_norm(dtype: type, rtol: float) -> None:
    torch = import_torch()
    for grads, max_norm in _cases(3, 40):
        grads = [grad.astype(dtype) for grad in grads]
        parameters = [
            torch.nn.Parameter(torch.zeros(grad.shape, dtype=torch.from_numpy(grad).dtype)) for grad in grads
        ]
        for parameter, grad in zip(parameters, grads):
            parameter.grad = torch.from_numpy(grad.copy())  # torch clips in place: its own copy
        expected_norm = float(torch.nn.utils.clip_grad_norm_(parameters, max_norm))
        clipped, total_norm = clip_grad_norm(grads, max_norm)
        assert type(total_norm) is float and type(clipped) is list
        assert total_norm == pytest.approx(expected_norm, rel=rtol)
        for ours, parameter in zip(clipped, parameters):
            assert np.asarray(ours).dtype == dtype
            np.testing.assert_allclose(ours, parameter.grad.numpy(), rtol=rtol, atol=0.0)


def test_reference_matches_a_plain_python_loop() -> None:
    for grads, max_norm in _cases(8, 40) + [
        ([], 1.0),
        ([np.zeros((2, 2))], 1.0),
        ([np.array([3.0, 4.0])], 5.0),
    ]:
        squares = 0.0
        for grad in grads:
            for value in np.ravel(grad).tolist():
                squares += value * value
        norm = math.sqrt(squares)
        factor = min(1.0, max_norm / (norm + 1e-6))
        clipped, total_norm = clip_grad_norm(grads, max_norm)
        assert total_norm == pytest.approx(norm, rel=1e-12, abs=0.0)
        assert len(clipped) == len(grads)
        for ours, grad in zip(clipped, grads):
            expected = [value * factor for value in np.ravel(grad).tolist()]
            assert np.shape(ours) == grad.shape
            np.testing.assert_allclose(np.ravel(ours), expected, rtol=1e-12, atol=0.0)


def test_reference_leaves_the_callers_arrays_alone() -> None:
    grads = [np.array([30.0, 40.0]), np.ones((2, 2), dtype=np.float64)]
    copies = [grad.copy() for grad in grads]
    clipped, _ = clip_grad_norm(grads, 1.0)
    for grad, copy, ours in zip(grads, copies, clipped):
        np.testing.assert_array_equal(grad, copy)
        assert not np.shares_memory(grad, ours)
