"""The init_weights reference draws as PyTorch's xavier_normal_ and kaiming_normal_ do.

PyTorch draws from its own generator, so values cannot be compared: the moments
are (mean, standard deviation, excess kurtosis), of a large layer from each, within
5 standard errors of their difference (fixed seeds: the same figures on every run).
PyTorch's weight is (out, in) and its fan-in is the size of dimension 1, so the
reference's (n_in, n_out) is compared with torch.empty(n_out, n_in).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file
from harness.statistics import KURTOSIS, MEAN, STD, estimated_error, moment_of

init_weights = import_file(load_catalog()["init_weights"].solution_path, "ref_init_weights").init_weights


def _assert_same_moments(ours: np.ndarray, theirs: np.ndarray) -> None:
    for moment in (MEAN, STD, KURTOSIS):
        gap = abs(moment_of(moment, ours) - moment_of(moment, theirs))
        error = math.hypot(estimated_error(moment, ours), estimated_error(moment, theirs))
        assert gap <= 5 * error, (
            f"{moment}: {moment_of(moment, ours)} vs PyTorch's {moment_of(moment, theirs)}"
        )


@pytest.mark.parametrize("dtype_name", ["float64", "float32"])
@pytest.mark.parametrize(("n_in", "n_out"), [(700, 300), (200, 900)])
@pytest.mark.parametrize("scheme", ["xavier", "he"])
def test_reference_has_the_moments_of_torch_init(scheme: str, n_in: int, n_out: int, dtype_name: str):
    torch = import_torch()
    torch.manual_seed(n_in + n_out)
    weight = torch.empty(n_out, n_in, dtype=getattr(torch, dtype_name))
    if scheme == "xavier":
        torch.nn.init.xavier_normal_(weight)
    else:
        torch.nn.init.kaiming_normal_(weight, nonlinearity="relu")
    ours = init_weights(n_in, n_out, scheme, np.random.default_rng(n_in))
    assert ours.shape == (n_in, n_out) and ours.dtype == np.float64
    _assert_same_moments(ours, weight.numpy().T)


def test_reference_std_is_the_formula_within_five_standard_errors():
    for scheme, std in (("xavier", math.sqrt(2 / 1000)), ("he", math.sqrt(2 / 600))):
        weights = init_weights(600, 400, scheme, np.random.default_rng(5))
        assert abs(weights.std() - std) <= 5 * std / math.sqrt(2 * weights.size)


def test_reference_is_reproducible_and_rejects_other_schemes():
    first = init_weights(30, 20, "he", np.random.default_rng(3))
    np.testing.assert_array_equal(first, init_weights(30, 20, "he", np.random.default_rng(3)))
    assert not np.array_equal(first, init_weights(30, 20, "he", np.random.default_rng(4)))
    for scheme in ("He", "kaiming", "xavier_uniform"):
        with pytest.raises(ValueError):
            init_weights(3, 2, scheme, np.random.default_rng(0))
