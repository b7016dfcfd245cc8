"""The conv_params reference against the parameters of torch.nn.Conv2d."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

conv_params = import_file(load_catalog()["conv_params"].solution_path, "ref_conv_params").conv_params


def _random_layers(seed: int, count: int) -> list[tuple]:
    """(kernel_size, in_channels, out_channels, bias, groups) that PyTorch accepts."""
    rng = np.random.default_rng(seed)
    layers = []
    for _ in range(count):
        groups = int(rng.choice([1, 1, 2, 3, 4, 6, 8]))
        sides = rng.integers(1, 8, size=2)
        kernel = int(sides[0]) if rng.uniform() < 0.5 else (int(sides[0]), int(sides[1]))
        in_channels = groups * int(rng.integers(1, 12))
        out_channels = groups * int(rng.integers(1, 12))
        layers.append((kernel, in_channels, out_channels, bool(rng.uniform() < 0.6), groups))
    return layers


def test_reference_counts_what_torch_conv2d_holds() -> None:
    torch = import_torch()
    for kernel, in_channels, out_channels, bias, groups in _random_layers(5, 200):
        layer = torch.nn.Conv2d(in_channels, out_channels, kernel, bias=bias, groups=groups)
        expected = sum(parameter.numel() for parameter in layer.parameters())
        counted = conv_params(kernel, in_channels, out_channels, bias, groups)
        assert type(counted) is int
        assert counted == expected, (kernel, in_channels, out_channels, bias, groups)


@pytest.mark.parametrize(("in_channels", "out_channels", "groups"), [(6, 8, 4), (8, 6, 4), (5, 10, 2)])
def test_reference_raises_where_torch_refuses_the_groups(
    in_channels: int, out_channels: int, groups: int
) -> None:
    torch = import_torch()
    with pytest.raises(ValueError):
        torch.nn.Conv2d(in_channels, out_channels, 3, groups=groups)
    with pytest.raises(ValueError):
        conv_params(3, in_channels, out_channels, groups=groups)


def test_reference_matches_a_count_of_the_weight_and_bias_arrays() -> None:
    """Without torch: build the weight (C_out, C_in/groups, K_h, K_w) and bias (C_out,) and count."""
    for kernel, in_channels, out_channels, bias, groups in _random_layers(9, 200):
        k_h, k_w = (kernel, kernel) if isinstance(kernel, int) else kernel
        weight = np.zeros((out_channels, in_channels // groups, k_h, k_w))
        counted = weight.size + (np.zeros(out_channels).size if bias else 0)
        assert conv_params(kernel, in_channels, out_channels, bias, groups) == counted
