"""The nms reference agrees with torchvision.ops.nms's documented semantics, and with torchvision.

torchvision cannot be installed beside the torch build these tests use, so the main
oracle is a plain-Python greedy loop written from torchvision.ops.nms's documentation:
NMS "iteratively removes lower scoring boxes which have an IoU greater than
iou_threshold with another (higher scoring) box", it "discards all overlapping boxes
with IoU > iou_threshold", and it returns an "int64 tensor with the indices of the
elements that have been kept by NMS, sorted in decreasing order of scores". Where the
documentation is silent, the catalog decides: equal scores go in index order (lower
index first), and the IoU is the iou kata's (inverted boxes have area 0, a zero union
gives 0). The oracle decides box by box against the list of kept boxes, where the
reference shrinks an array of candidates, so the two do not share their structure.
The direct comparison with torchvision.ops.nms runs where torchvision is installed.
"""

from __future__ import annotations

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

nms = import_file(load_catalog()["nms"].solution_path, "ref_nms").nms


def _pair_iou(a: list[float], b: list[float]) -> float:
    """IoU of two boxes [x1, y1, x2, y2] in Python floats, 0 where the union is 0."""
    area_a = max(a[2] - a[0], 0.0) * max(a[3] - a[1], 0.0)
    area_b = max(b[2] - b[0], 0.0) * max(b[3] - b[1], 0.0)
    overlap = max(min(a[2], b[2]) - max(a[0], b[0]), 0.0) * max(min(a[3], b[3]) - max(a[1], b[1]), 0.0)
    union = area_a + area_b - overlap
    return overlap / union if union > 0 else 0.0


def _greedy_oracle(boxes: np.ndarray, scores: np.ndarray, iou_threshold: float) -> list[int]:
    """Highest score first (ties: lower index), keep a box unless a KEPT box has IoU > threshold."""
    rows, values = boxes.tolist(), scores.tolist()
    kept: list[int] = []
    for i in sorted(range(len(rows)), key=lambda i: (-values[i], i)):
        if all(_pair_iou(rows[k], rows[i]) <= iou_threshold for k in kept):
            kept.append(i)
    return kept


def _grid_boxes(rng: np.random.Generator, count: int) -> np.ndarray:
    """Whole-number boxes on a small grid: many duplicates, touching edges, flat and inverted boxes."""
    corners = rng.integers(0, 8, size=(count, 2))
    sides = rng.integers(-1, 5, size=(count, 2))  # -1: inverted, 0: flat
    boxes = np.concatenate([corners, corners + sides], axis=1).astype(np.float64)
    duplicates = rng.integers(0, count, size=count // 4)
    boxes[rng.integers(0, count, size=count // 4)] = boxes[duplicates]
    return boxes


def _clustered_boxes(rng: np.random.Generator, count: int) -> np.ndarray:
    """Valid boxes jittered around a few objects, with continuous coordinates."""
    objects = max(1, count // 6)
    centres = rng.uniform(0.0, 100.0, size=(objects, 2))
    sides = rng.uniform(5.0, 30.0, size=(objects, 2))
    which = rng.integers(0, objects, size=count)
    half = np.tile(sides[which] / 2, 2) * np.array([-1.0, -1.0, 1.0, 1.0])
    jitter = rng.normal(scale=0.1, size=(count, 4)) * np.tile(sides[which], 2)
    boxes = np.tile(centres[which], 2) + half + jitter
    return np.concatenate(
        [np.minimum(boxes[:, :2], boxes[:, 2:]), np.maximum(boxes[:, :2], boxes[:, 2:])], axis=1
    )


def _check(boxes: np.ndarray, scores: np.ndarray, iou_threshold: float) -> np.ndarray:
    result = nms(boxes, scores, iou_threshold)
    assert isinstance(result, np.ndarray) and result.dtype == np.int64 and result.ndim == 1
    expected = _greedy_oracle(boxes, scores, iou_threshold)
    assert result.tolist() == expected, (iou_threshold, result.tolist(), expected)
    return result


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_reference_matches_the_greedy_oracle_with_ties_duplicates_and_degenerate_boxes(dtype: type):
    # Whole numbers are exact in float32 too, and IoUs such as 2/4 or 2/6 round to the same float
    # as the thresholds 1/2 and 1/3:
    # an IoU equal to the threshold is tested in both precisions, never rounded across it.
    rng = np.random.default_rng(11)
    for _ in range(300):
        count = int(rng.integers(1, 25))
        boxes = _grid_boxes(rng, count).astype(dtype)
        scores = rng.choice([0.1, 0.25, 0.5, 0.75], size=count).astype(dtype)
        _check(boxes, scores, float(rng.choice([0.0, 0.125, 0.25, 1 / 3, 0.5, 0.75, 1.0])))


def test_reference_matches_the_greedy_oracle_on_clusters_at_every_scale():
    rng = np.random.default_rng(12)
    for _ in range(100):
        count = int(rng.integers(2, 80))
        boxes = _clustered_boxes(rng, count) * rng.choice([1e-9, 1e-4, 1.0, 1e3])  # no epsilon anywhere
        scores = np.round(rng.uniform(size=count), 1)  # many equal scores
        _check(boxes, scores, float(rng.uniform(0.0, 1.0)))


def test_reference_matches_the_greedy_oracle_in_float32_on_clusters():
    # Quarter units up to 128 are exact in float32, and the thresholds are not ratios of them.
    rng = np.random.default_rng(13)
    for _ in range(100):
        count = int(rng.integers(2, 60))
        boxes = (np.round(_clustered_boxes(rng, count) * 4) / 4).astype(np.float32)
        scores = rng.permutation(count).astype(np.float32)
        _check(boxes, scores, float(rng.choice([0.3, 0.45, 0.6, 0.7])))


def test_reference_catches_the_chain_that_greedy_nms_must_keep():
    boxes = np.array([[0.0, 0.0, 4.0, 4.0], [2.0, 0.0, 6.0, 4.0], [4.0, 0.0, 8.0, 4.0]])
    assert _check(boxes, np.array([0.9, 0.8, 0.7]), 0.25).tolist() == [0, 2]


def test_reference_gives_an_empty_int64_array_for_no_boxes():
    result = nms(np.zeros((0, 4)), np.zeros(0), 0.5)
    assert result.shape == (0,) and result.dtype == np.int64


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_reference_matches_torchvision(dtype: type):
    """torchvision's own kernel, on valid boxes with distinct scores (it leaves the order of ties open)."""
    torch = import_torch()
    ops = pytest.importorskip("torchvision.ops")
    rng = np.random.default_rng(14)
    for _ in range(50):
        count = int(rng.integers(1, 120))
        boxes = _clustered_boxes(rng, count).astype(dtype)
        scores = (rng.permutation(count) / count).astype(dtype)
        threshold = float(rng.uniform(0.1, 0.9))
        expected = ops.nms(torch.from_numpy(boxes), torch.from_numpy(scores), threshold).numpy()
        assert expected.dtype == np.int64
        np.testing.assert_array_equal(nms(boxes, scores, threshold), expected)
