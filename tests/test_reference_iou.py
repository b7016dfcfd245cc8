"""The iou reference agrees with a plain double loop, and with torchvision where installed."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

iou = import_file(load_catalog()["iou"].solution_path, "ref_iou").iou


def _loop_iou(boxes_a: np.ndarray, boxes_b: np.ndarray) -> np.ndarray:
    """The catalog's definition, one pair at a time, in plain Python floats."""
    result = np.zeros((len(boxes_a), len(boxes_b)))
    for i, (ax1, ay1, ax2, ay2) in enumerate(boxes_a.tolist()):
        for j, (bx1, by1, bx2, by2) in enumerate(boxes_b.tolist()):
            area_a = max(ax2 - ax1, 0.0) * max(ay2 - ay1, 0.0)
            area_b = max(bx2 - bx1, 0.0) * max(by2 - by1, 0.0)
            overlap_x = max(min(ax2, bx2) - max(ax1, bx1), 0.0)
            overlap_y = max(min(ay2, by2) - max(ay1, by1), 0.0)
            intersection = overlap_x * overlap_y
            union = area_a + area_b - intersection
            result[i, j] = intersection / union if union > 0 else 0.0
    return result


def _valid_boxes(rng: np.random.Generator, count: int, scale: float) -> np.ndarray:
    corners = rng.uniform(0.0, scale, size=(count, 2))
    sizes = rng.uniform(0.01, 0.5, size=(count, 2)) * scale
    return np.concatenate([corners, corners + sizes], axis=1)


def _any_boxes(rng: np.random.Generator, count: int) -> np.ndarray:
    """Valid, flat, inverted and repeated boxes on a coarse grid, so that edges often touch."""
    boxes = rng.integers(-3, 4, size=(count, 4)).astype(np.float64)
    boxes[: count // 3] = np.sort(boxes[: count // 3].reshape(-1, 2, 2), axis=1).reshape(-1, 4)
    if count > 1:
        boxes[-1] = boxes[0]
    return boxes


def test_reference_matches_a_double_loop_on_valid_boxes():
    rng = np.random.default_rng(3)
    for scale in (1e-9, 1e-3, 1.0, 1e3):
        boxes_a, boxes_b = _valid_boxes(rng, 17, scale), _valid_boxes(rng, 11, scale)
        np.testing.assert_allclose(iou(boxes_a, boxes_b), _loop_iou(boxes_a, boxes_b), rtol=1e-12, atol=0.0)


def test_reference_matches_a_double_loop_on_flat_inverted_and_touching_boxes():
    rng = np.random.default_rng(4)
    for _ in range(50):
        boxes_a, boxes_b = _any_boxes(rng, 9), _any_boxes(rng, 7)
        result = iou(boxes_a, boxes_b)
        assert result.shape == (9, 7) and result.dtype == np.float64
        assert np.isfinite(result).all()
        np.testing.assert_allclose(result, _loop_iou(boxes_a, boxes_b), rtol=1e-12, atol=0.0)


@pytest.mark.parametrize(("n", "m"), [(0, 3), (2, 0), (0, 0)])
def test_reference_gives_empty_matrices_for_empty_sets(n: int, m: int):
    rng = np.random.default_rng(5)
    result = iou(_valid_boxes(rng, n, 1.0), _valid_boxes(rng, m, 1.0))
    assert result.shape == (n, m) and result.dtype == np.float64


def test_reference_keeps_float32():
    rng = np.random.default_rng(6)
    boxes_a, boxes_b = _valid_boxes(rng, 5, 10.0), _valid_boxes(rng, 4, 10.0)
    result = iou(boxes_a.astype(np.float32), boxes_b.astype(np.float32))
    assert result.dtype == np.float32
    np.testing.assert_allclose(result, _loop_iou(boxes_a, boxes_b), rtol=1e-4, atol=1e-6)


def test_reference_matches_torchvision_on_valid_boxes():
    torch = import_torch()
    ops = pytest.importorskip("torchvision.ops")
    rng = np.random.default_rng(7)
    for scale in (1e-3, 1.0, 1e3):
        boxes_a, boxes_b = _valid_boxes(rng, 23, scale), _valid_boxes(rng, 31, scale)
        expected = ops.box_iou(torch.from_numpy(boxes_a), torch.from_numpy(boxes_b)).numpy()
        np.testing.assert_allclose(iou(boxes_a, boxes_b), expected, rtol=1e-12, atol=1e-15)
