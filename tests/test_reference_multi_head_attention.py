"""The multi_head_attention reference agrees with PyTorch's nn.MultiheadAttention and
functional multi_head_attention_forward (no biases, weights mapped to PyTorch's layout),
and with an independent plain-Python loop."""

from __future__ import annotations

import math

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

multi_head_attention = import_file(
    load_catalog()["multi_head_attention"].solution_path, "ref_multi_head_attention"
).multi_head_attention

CASES = [
    # N, L, d_model, n_heads, causal
    (1, 1, 4, 2, True),
    (2, 5, 8, 1, False),
    (2, 5, 8, 4, True),
    (3, 4, 6, 2, False),
    (2, 7, 12, 3, True),
    (2, 3, 4, 4, False),
]
IDS = [f"N{n}-L{length}-d{d}-h{h}-{'causal' if causal else 'full'}" for n, length, d, h, causal in CASES]


def problem(seed: int, N: int, L: int, d_model: int, dtype: str = "float64", scale: float = 1.0):
    rng = np.random.default_rng(seed)
    x = rng.normal(scale=scale, size=(N, L, d_model)).astype(dtype)
    Wq, Wk, Wv, Wo = (
        rng.normal(scale=d_model**-0.5, size=(d_model, d_model)).astype(dtype) for _ in range(4)
    )
    return x, Wq, Wk, Wv, Wo


def loop_attention(x, Wq, Wk, Wv, Wo, n_heads, causal):
    """Python lists and sums: each sequence, head and query on its own, no NumPy products."""
    x, Wq, Wk, Wv, Wo = (a.tolist() for a in (x, Wq, Wk, Wv, Wo))
    d_model = len(Wq)
    d_head = d_model // n_heads

    def project(row, W):
        return [math.fsum(row[t] * W[t][c] for t in range(d_model)) for c in range(d_model)]

    result = []
    for sequence in x:
        Q = [project(row, Wq) for row in sequence]
        K = [project(row, Wk) for row in sequence]
        V = [project(row, Wv) for row in sequence]
        concatenated = [[] for _ in sequence]
        for h in range(n_heads):
            cols = range(h * d_head, (h + 1) * d_head)
            for i in range(len(sequence)):
                keys = range(i + 1) if causal else range(len(sequence))
                scores = [math.fsum(Q[i][c] * K[j][c] for c in cols) / math.sqrt(d_head) for j in keys]
                top = max(scores)
                exps = [math.exp(s - top) for s in scores]
                total = math.fsum(exps)
                concatenated[i] += [math.fsum(e * V[j][c] for e, j in zip(exps, keys)) / total for c in cols]
        result.append([project(row, Wo) for row in concatenated])
    return np.array(result)


def torch_weights(torch, Wq, Wk, Wv, Wo):
    """PyTorch's layout: in_proj_weight (3 d_model, d_model) = [Wq.T; Wk.T; Wv.T], out_proj.weight = Wo.T."""
    in_proj = torch.from_numpy(np.concatenate([Wq.T, Wk.T, Wv.T]))
    return in_proj, torch.from_numpy(np.ascontiguousarray(Wo.T))


def causal_mask(torch, L, causal):
    """PyTorch's boolean attn_mask: True means "may NOT attend", so the future is the upper triangle."""
    return torch.triu(torch.ones(L, L, dtype=torch.bool), diagonal=1) if causal else None


def torch_module_attention(torch, x, Wq, Wk, Wv, Wo, n_heads, causal):
    """nn.MultiheadAttention(d_model, n_heads, bias=False, batch_first=True) with our weights, as NumPy."""
    _, L, d_model = x.shape
    module = torch.nn.MultiheadAttention(
        d_model, n_heads, bias=False, batch_first=True, dtype=torch.from_numpy(x).dtype
    )
    in_proj, out_proj = torch_weights(torch, Wq, Wk, Wv, Wo)
    with torch.no_grad():
        module.in_proj_weight.copy_(in_proj)
        module.out_proj.weight.copy_(out_proj)
        source = torch.from_numpy(x)
        result, _ = module(
            source, source, source, need_weights=False, attn_mask=causal_mask(torch, L, causal)
        )
    return result.numpy()


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_reference_matches_a_plain_python_loop(case):
    N, L, d_model, n_heads, causal = case
    x, Wq, Wk, Wv, Wo = problem(len(IDS[CASES.index(case)]), N, L, d_model)
    np.testing.assert_allclose(
        multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal),
        loop_attention(x, Wq, Wk, Wv, Wo, n_heads, causal),
        rtol=1e-12,
        atol=1e-14,
    )


@pytest.mark.parametrize(("dtype", "rtol", "atol"), [("float64", 1e-12, 1e-14), ("float32", 1e-5, 1e-6)])
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_reference_matches_torch_multihead_attention_module(case, dtype, rtol, atol):
    torch = import_torch()
    N, L, d_model, n_heads, causal = case
    x, Wq, Wk, Wv, Wo = problem(7 + CASES.index(case), N, L, d_model, dtype)
    expected = torch_module_attention(torch, x, Wq, Wk, Wv, Wo, n_heads, causal)
    result = multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal)
    assert result.dtype == x.dtype
    np.testing.assert_allclose(result, expected, rtol=rtol, atol=atol)


@pytest.mark.parametrize(("dtype", "rtol", "atol"), [("float64", 1e-12, 1e-14), ("float32", 1e-5, 1e-6)])
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_reference_matches_torch_functional_multi_head_attention_forward(case, dtype, rtol, atol):
    torch = import_torch()
    N, L, d_model, n_heads, causal = case
    x, Wq, Wk, Wv, Wo = problem(17 + CASES.index(case), N, L, d_model, dtype)
    in_proj, out_proj = torch_weights(torch, Wq, Wk, Wv, Wo)
    source = torch.from_numpy(x).transpose(0, 1)  # the functional form is sequence first: (L, N, d_model)
    expected, _ = torch.nn.functional.multi_head_attention_forward(
        source, source, source, d_model, n_heads, in_proj, None, None, None, False, 0.0, out_proj, None,
        need_weights=False, attn_mask=causal_mask(torch, L, causal),
    )  # fmt: skip
    result = multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal)
    np.testing.assert_allclose(result, expected.transpose(0, 1).numpy(), rtol=rtol, atol=atol)


@pytest.mark.parametrize("causal", [False, True])
def test_reference_is_stable_for_large_scores_as_torch_is(causal):
    torch = import_torch()
    x, Wq, Wk, Wv, Wo = problem(5, 2, 6, 8, scale=300.0)  # scores in the tens of thousands
    result = multi_head_attention(x, Wq, Wk, Wv, Wo, 2, causal)
    assert np.isfinite(result).all()
    expected = torch_module_attention(torch, x, Wq, Wk, Wv, Wo, 2, causal)
    np.testing.assert_allclose(result, expected, rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(result, loop_attention(x, Wq, Wk, Wv, Wo, 2, causal), rtol=1e-9, atol=1e-9)


@pytest.mark.parametrize(("d_model", "n_heads"), [(6, 4), (8, 3), (4, 0), (4, -2), (4, 5)])
def test_reference_raises_value_error_for_a_bad_n_heads(d_model, n_heads):
    x, Wq, Wk, Wv, Wo = problem(1, 2, 3, d_model)
    with pytest.raises(ValueError):
        multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads)
