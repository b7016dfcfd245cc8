"""The conv_output_size reference against PyTorch's Conv1d, a brute-force count and NumPy windows."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

conv_output_size = import_file(
    load_catalog()["conv_output_size"].solution_path, "ref_conv_output_size"
).conv_output_size


def _random_cases(seed: int, count: int) -> list[tuple[int, int, int, int, int]]:
    rng = np.random.default_rng(seed)
    return [
        (
            int(rng.integers(1, 80)),
            int(rng.integers(1, 10)),
            int(rng.integers(0, 5)),
            int(rng.integers(1, 7)),
            int(rng.integers(1, 5)),
        )
        for _ in range(count)
    ]


def _count_window_starts(size: int, kernel: int, padding: int, stride: int, dilation: int) -> int:
    """Walk the padded input and count the starts whose last kernel tap is still inside."""
    padded = size + 2 * padding
    count = 0
    for start in range(0, padded, stride):
        taps = [start + dilation * tap for tap in range(kernel)]
        if taps[-1] < padded:
            count += 1
    return count


def _numpy_windows(size: int, kernel: int, padding: int, stride: int, dilation: int) -> int:
    """Every window of the dilated kernel's span over a padded row, then every stride-th one."""
    row = np.pad(np.arange(size), padding)
    span = dilation * (kernel - 1) + 1
    windows = np.lib.stride_tricks.sliding_window_view(row, span)[::stride, ::dilation]
    assert windows.shape[1] == kernel
    return windows.shape[0]


@pytest.mark.parametrize("case", _random_cases(0, 400))
def test_reference_matches_a_brute_force_count(case: tuple[int, int, int, int, int]) -> None:
    expected = _count_window_starts(*case)
    if expected == 0:
        with pytest.raises(ValueError):
            conv_output_size(*case)
    else:
        result = conv_output_size(*case)
        assert type(result) is int
        assert result == expected, case


@pytest.mark.parametrize("case", _random_cases(1, 200))
def test_reference_matches_numpy_sliding_windows(case: tuple[int, int, int, int, int]) -> None:
    size, kernel, padding, _, dilation = case
    if dilation * (kernel - 1) + 1 > size + 2 * padding:
        with pytest.raises(ValueError):
            conv_output_size(*case)
    else:
        assert conv_output_size(*case) == _numpy_windows(*case), case


def test_reference_matches_torch_conv1d_output_shapes() -> None:
    torch = import_torch()
    for size, kernel, padding, stride, dilation in _random_cases(2, 300):
        signal = torch.zeros(1, 1, size)
        weight = torch.zeros(1, 1, kernel)
        if dilation * (kernel - 1) + 1 > size + 2 * padding:
            with pytest.raises(RuntimeError):
                torch.nn.functional.conv1d(signal, weight, stride=stride, padding=padding, dilation=dilation)
            with pytest.raises(ValueError):
                conv_output_size(size, kernel, padding, stride, dilation)
            continue
        output = torch.nn.functional.conv1d(signal, weight, stride=stride, padding=padding, dilation=dilation)
        assert conv_output_size(size, kernel, padding, stride, dilation) == output.shape[-1]


@pytest.mark.parametrize(
    "arguments",
    [
        (0, 1, 1, 1, 1),
        (10, 0, 0, 1, 1),
        (10, 3, -1, 1, 1),
        (10, 3, 0, 0, 1),
        (10, 3, 0, 1, 0),
        (5, 8, 1, 1, 1),
        (5, 7, 0, 3, 1),
    ],
)
def test_reference_raises_value_error_on_invalid_arguments(arguments: tuple[int, ...]) -> None:
    with pytest.raises(ValueError):
        conv_output_size(*arguments)


def test_reference_classic_cases() -> None:
    assert conv_output_size(224, 7, padding=3, stride=2) == 112
    assert conv_output_size(32, 3, padding=1) == 32
    assert conv_output_size(28, 5) == 24
    assert conv_output_size(32, 3, dilation=2) == 28
    assert conv_output_size(227, 11, stride=4) == 55
