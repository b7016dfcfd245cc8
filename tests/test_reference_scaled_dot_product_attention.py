"""The reference scaled_dot_product_attention against PyTorch and against a slow loop."""

import itertools
import math

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

attention = import_file(
    load_catalog()["scaled_dot_product_attention"].solution_path, "ref_scaled_dot_product_attention"
).scaled_dot_product_attention

CASES = [
    # leading dims, L_q, L_k, d_k, d_v, mask shape (None: no mask)
    ((), 4, 4, 8, 8, None),
    ((), 3, 7, 5, 2, (3, 7)),
    ((2,), 5, 6, 4, 3, (2, 5, 6)),
    ((2, 3), 6, 6, 8, 8, (6, 6)),
    ((2, 3), 4, 5, 16, 4, (2, 1, 1, 5)),
    ((3, 2), 2, 9, 3, 7, (3, 2, 2, 9)),
]


def _inputs(rng, lead, L_q, L_k, d_k, d_v, mask_shape, scale=1.0):
    Q = rng.normal(scale=scale, size=lead + (L_q, d_k))
    K = rng.normal(size=lead + (L_k, d_k))
    V = rng.normal(size=lead + (L_k, d_v))
    if mask_shape is None:
        return Q, K, V, None
    mask = rng.random(mask_shape) < 0.6
    mask[..., 0] = True  # every query keeps at least one key
    return Q, K, V, mask


def _slow_attention(Q, K, V, mask):
    """One query at a time, with Python sums: no matrix products, no broadcasting tricks."""
    lead = Q.shape[:-2]
    L_q, d_k = Q.shape[-2:]
    L_k, d_v = V.shape[-2:]
    full = np.broadcast_to(True if mask is None else mask, lead + (L_q, L_k))
    result = np.zeros(lead + (L_q, d_v))
    for index in itertools.product(*(range(n) for n in lead)):
        for i in range(L_q):
            scores = [
                sum(Q[index][i, t] * K[index][j, t] for t in range(d_k)) / math.sqrt(d_k)
                if full[index][i, j]
                else None
                for j in range(L_k)
            ]
            top = max(s for s in scores if s is not None)
            exps = [0.0 if s is None else math.exp(s - top) for s in scores]
            total = math.fsum(exps)
            for c in range(d_v):
                result[index][i, c] = math.fsum(e * V[index][j, c] for j, e in enumerate(exps)) / total
    return result


@pytest.mark.parametrize("case", CASES, ids=[str(case) for case in CASES])
def test_reference_matches_a_slow_loop(case):
    rng = np.random.default_rng(len(str(case)))
    Q, K, V, mask = _inputs(rng, *case)
    np.testing.assert_allclose(
        attention(Q, K, V, mask), _slow_attention(Q, K, V, mask), rtol=1e-10, atol=1e-12
    )


def test_reference_is_stable_for_large_scores():
    rng = np.random.default_rng(7)
    Q, K, V, mask = _inputs(rng, (2,), 4, 6, 8, 3, (2, 4, 6), scale=1e3)
    result = attention(Q, K, V, mask)
    assert np.isfinite(result).all()
    np.testing.assert_allclose(result, _slow_attention(Q, K, V, mask), rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("case", CASES, ids=[str(case) for case in CASES])
def test_reference_matches_torch(case):
    torch = import_torch()
    rng = np.random.default_rng(len(str(case)) + 1)
    Q, K, V, mask = _inputs(rng, *case)
    expected = torch.nn.functional.scaled_dot_product_attention(
        torch.from_numpy(Q),
        torch.from_numpy(K),
        torch.from_numpy(V),
        attn_mask=None if mask is None else torch.from_numpy(mask),
    ).numpy()
    np.testing.assert_allclose(attention(Q, K, V, mask), expected, rtol=1e-10, atol=1e-12)


def test_reference_keeps_float32_and_float64():
    rng = np.random.default_rng(3)
    Q, K, V, mask = _inputs(rng, (2,), 3, 4, 5, 2, (3, 4))
    assert attention(Q, K, V, mask).dtype == np.float64
    as32 = [a.astype(np.float32) for a in (Q, K, V)]
    assert attention(*as32, mask).dtype == np.float32
