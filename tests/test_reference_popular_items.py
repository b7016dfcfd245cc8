"""The popular_items reference agrees with an independent plain-Python count and sort
(no library has this exact function: a cold-start baseline is a few lines everywhere)."""

from __future__ import annotations

import numpy as np
import pytest

from harness.catalog import load_catalog
from harness.proxy import import_file

popular_items = import_file(load_catalog()["popular_items"].solution_path, "ref_popular_items").popular_items


def loop_popular_items(item_ids: list[int], n_items: int, k: int) -> list[int]:
    counts = [0] * n_items
    for item in item_ids:
        counts[item] += 1
    return sorted(range(n_items), key=lambda item: (-counts[item], item))[:k]


@pytest.mark.parametrize("seed", range(12))
def test_reference_matches_a_plain_python_count_and_sort(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n_items = int(rng.integers(1, 300))
    item_ids = rng.integers(0, n_items, size=int(rng.integers(0, 2000))) // int(rng.integers(1, 4))
    k = int(rng.integers(1, n_items + 1))
    result = popular_items(item_ids, n_items, k)
    assert result.shape == (k,) and result.dtype.kind == "i"
    assert result.tolist() == loop_popular_items(item_ids.tolist(), n_items, k)


@pytest.mark.parametrize(("n_items", "k"), [(0, 1), (5, 6)])
def test_reference_raises_for_k_above_n_items(n_items: int, k: int) -> None:
    with pytest.raises(ValueError):
        popular_items(np.array([], dtype=int), n_items, k)
