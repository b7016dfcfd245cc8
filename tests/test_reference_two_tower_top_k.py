"""The two_tower_top_k reference agrees with a full stable sort, with a plain-Python
ranking by (-score, index), and with torch.topk where no score is tied."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

two_tower_top_k = import_file(
    load_catalog()["two_tower_top_k"].solution_path, "ref_two_tower_top_k"
).two_tower_top_k


def loop_top_k(users: list, items: list, k: int, exclude: list | None) -> list[list[int]]:
    result = []
    for u, user in enumerate(users):
        scores = [(sum(a * b for a, b in zip(user, item)), i) for i, item in enumerate(items)]
        allowed = [(s, i) for s, i in scores if exclude is None or not exclude[u][i]]
        result.append([i for _, i in sorted(allowed, key=lambda pair: (-pair[0], pair[1]))[:k]])
    return result


@pytest.mark.parametrize("seed", range(12))
def test_reference_matches_a_plain_python_ranking(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n_users, n_items, d = int(rng.integers(1, 6)), int(rng.integers(1, 80)), int(rng.integers(1, 4))
    users = rng.integers(-2, 3, size=(n_users, d)).astype(float)  # small integers: many ties, exact sums
    items = rng.integers(-2, 3, size=(n_items, d)).astype(float)
    exclude = rng.random((n_users, n_items)) < 0.3 if seed % 2 else None
    allowed = n_items if exclude is None else int((~exclude).sum(axis=1).min())
    if allowed < 1:
        return
    k = int(rng.integers(1, allowed + 1))
    result = two_tower_top_k(users, items, k, exclude)
    assert result.shape == (n_users, k) and result.dtype.kind == "i"
    expected = loop_top_k(users.tolist(), items.tolist(), k, None if exclude is None else exclude.tolist())
    assert result.tolist() == expected


def test_reference_matches_a_full_stable_sort_at_100000_items() -> None:
    rng = np.random.default_rng(7)
    users, items = rng.normal(size=(4, 16)), rng.normal(size=(100_000, 16))
    exclude = rng.random((4, 100_000)) < 0.1
    scores = np.where(exclude, -np.inf, users @ items.T)
    expected = np.argsort(-scores, axis=1, kind="stable")[:, :10]
    np.testing.assert_array_equal(two_tower_top_k(users, items, 10, exclude), expected)


@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_reference_matches_torch_topk_on_untied_scores(dtype: str) -> None:
    torch = import_torch()
    rng = np.random.default_rng(3)
    users, items = rng.normal(size=(6, 8)).astype(dtype), rng.normal(size=(500, 8)).astype(dtype)
    scores = torch.from_numpy(users) @ torch.from_numpy(items).T
    expected = torch.topk(scores, 15, dim=1, largest=True, sorted=True).indices.numpy()
    np.testing.assert_array_equal(two_tower_top_k(users, items, 15), expected)
