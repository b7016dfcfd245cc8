"""The skipgram_pairs reference agrees with an independent loop over every pair of positions
(PyTorch and scikit-learn have no such function; gensim's is internal to its training loop)."""

from __future__ import annotations

import numpy as np
import pytest

from harness.catalog import load_catalog
from harness.proxy import import_file

skipgram_pairs = import_file(
    load_catalog()["skipgram_pairs"].solution_path, "ref_skipgram_pairs"
).skipgram_pairs


def every_pair_of_positions(tokens: list, window: int) -> list[tuple]:
    return [
        (tokens[i], tokens[j])
        for i in range(len(tokens))
        for j in range(len(tokens))
        if 0 < abs(i - j) <= window
    ]


@pytest.mark.parametrize("seed", range(10))
def test_reference_matches_a_loop_over_every_pair_of_positions(seed: int) -> None:
    rng = np.random.default_rng(seed)
    tokens = [str(token) for token in rng.integers(0, 5, size=int(rng.integers(0, 40)))]
    window = int(rng.integers(1, 8))
    result = skipgram_pairs(tokens, window)
    assert result == every_pair_of_positions(tokens, window)
    assert all(type(pair) is tuple for pair in result)


def test_reference_counts_each_middle_position_2_window_times() -> None:
    pairs = skipgram_pairs(list(range(100)), 4)
    assert len(pairs) == 100 * 8 - 2 * (4 + 3 + 2 + 1)


@pytest.mark.parametrize("window", [0, -3])
def test_reference_raises_for_a_window_below_1(window: int) -> None:
    with pytest.raises(ValueError):
        skipgram_pairs(["a", "b"], window)
