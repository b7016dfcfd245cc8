"""Mistake models of the multi_head_attention kata: what a learner who makes each mistake returns.

Each function takes multi_head_attention's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input. Keep a wrong
learner file under tests/submissions/multi_head_attention/ for each model.

The models share the right steps (``_checked``, ``_split``, ``_merge``, ``_softmax``,
``_attention``) and change only the one that is wrong.
"""

import math

import numpy as np

from harness.diagnosis import mistake


def _checked(x, n_heads):
    """The right checks; returns d_head."""
    d_model = x.shape[-1]
    if n_heads < 1 or d_model % n_heads != 0:
        raise ValueError(f"n_heads = {n_heads} must be >= 1 and divide d_model = {d_model}")
    return d_model // n_heads


def _split(projected, n_heads):
    """(N, L, d_model) -> (N, n_heads, L, d_head), head h on columns h·d_head:(h+1)·d_head."""
    N, L, d_model = projected.shape
    return projected.reshape(N, L, n_heads, d_model // n_heads).transpose(0, 2, 1, 3)


def _merge(heads):
    """(N, n_heads, L, d_head) -> (N, L, d_model), the heads side by side in order."""
    N, n_heads, L, d_head = heads.shape
    return heads.transpose(0, 2, 1, 3).reshape(N, L, n_heads * d_head)


def _softmax(scores, axis=-1):
    e = np.exp(scores - np.max(scores, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def _allowed(L, diagonal=0):
    """True where query i may see key j: j <= i + diagonal."""
    return np.tril(np.ones((L, L), dtype=bool), diagonal)


def _attention(queries, keys, values, scale, allowed=None, softmax=_softmax):
    scores = queries @ np.swapaxes(keys, -1, -2) / scale
    if allowed is not None:
        scores = np.where(allowed, scores, -np.inf)
    return softmax(scores) @ values


def _mha(x, Wq, Wk, Wv, Wo, n_heads, causal, scale=None, split=_split, merge=_merge, **attention):
    """The right computation, with one step replaceable."""
    d_head = _checked(x, n_heads)
    queries, keys, values = (split(x @ W, n_heads) for W in (Wq, Wk, Wv))
    allowed = _allowed(x.shape[1]) if causal else None
    scale = math.sqrt(d_head) if scale is None else scale
    return merge(_attention(queries, keys, values, scale, allowed, **attention)) @ Wo


# The scale.


@mistake(
    "you divide the scores by the square root of d_model: each head's scores are divided by the "
    "square root of its own width, d_head = d_model / n_heads"
)
def scaled_by_the_square_root_of_d_model(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    return _mha(x, Wq, Wk, Wv, Wo, n_heads, causal, scale=math.sqrt(x.shape[-1]))


# Splitting and merging the heads.


def _split_interleaved(projected, n_heads):
    N, L, d_model = projected.shape
    return projected.reshape(N, L, d_model // n_heads, n_heads).transpose(0, 3, 1, 2)


def _merge_interleaved(heads):
    N, n_heads, L, d_head = heads.shape
    return heads.transpose(0, 2, 3, 1).reshape(N, L, n_heads * d_head)


@mistake(
    "your heads take every n_heads-th column (a reshape to (N, L, d_head, n_heads)): head h takes the "
    "block of columns h·d_head:(h+1)·d_head, so reshape to (N, L, n_heads, d_head), then move the "
    "head axis before L"
)
def heads_take_interleaved_columns(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    return _mha(x, Wq, Wk, Wv, Wo, n_heads, causal, split=_split_interleaved, merge=_merge_interleaved)


def _split_by_reshape(projected, n_heads):
    N, L, d_model = projected.shape
    return projected.reshape(N, n_heads, L, d_model // n_heads)


def _merge_by_reshape(heads):
    N, n_heads, L, d_head = heads.shape
    return heads.reshape(N, L, n_heads * d_head)


@mistake(
    "you reshape (N, L, d_model) straight to (N, n_heads, L, d_head), which cuts the rows of "
    "positions across heads: reshape to (N, L, n_heads, d_head) and then swap axes 1 and 2 "
    "(and the other way round to merge them)"
)
def heads_split_by_reshape_without_transpose(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    return _mha(x, Wq, Wk, Wv, Wo, n_heads, causal, split=_split_by_reshape, merge=_merge_by_reshape)


@mistake(
    "you merge the heads by reshaping (N, n_heads, L, d_head) straight to (N, L, d_model), which "
    "mixes positions across heads: first move the head axis back after L (swap axes 1 and 2), then reshape"
)
def heads_merged_without_transpose(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    return _mha(x, Wq, Wk, Wv, Wo, n_heads, causal, merge=_merge_by_reshape)


@mistake(
    "you put the heads side by side in reverse order: head 0's output takes the first d_head "
    "columns of the concatenation, the last head the last ones, before Wo"
)
def heads_concatenated_in_reverse_order(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    return _mha(x, Wq, Wk, Wv, Wo, n_heads, causal, merge=lambda heads: _merge(heads[:, ::-1]))


@mistake("you do not project the concatenated heads with Wo: the result is Concat(head₁, …, headₕ) @ Wo")
def output_projection_forgotten(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    return _mha(x, Wq, Wk, Wv, np.eye(x.shape[-1]), n_heads, causal)


@mistake(
    "you multiply by the transposed weights (x @ W.T, PyTorch's nn.Linear layout): the weights "
    "here are in the row convention, so project with x @ Wq, x @ Wk, x @ Wv and the heads @ Wo"
)
def weights_transposed(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    return _mha(x, Wq.T, Wk.T, Wv.T, Wo.T, n_heads, causal)


# The causal mask.


def _causal_with(x, Wq, Wk, Wv, Wo, n_heads, allowed):
    d_head = _checked(x, n_heads)
    queries, keys, values = (_split(x @ W, n_heads) for W in (Wq, Wk, Wv))
    return _merge(_attention(queries, keys, values, math.sqrt(d_head), allowed)) @ Wo


@mistake(
    "your causal mask hides the diagonal too, so query i sees only keys < i and the first query "
    "sees none (0/0 gives NaN): query i sees the keys 0 … i, itself included (np.tril, k=0)"
)
def causal_mask_hides_the_diagonal(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    allowed = _allowed(x.shape[1], -1) if causal else None
    return _causal_with(x, Wq, Wk, Wv, Wo, n_heads, allowed)


@mistake(
    "your causal mask is off by one: query i also sees key i + 1; it sees the keys 0 … i only "
    "(hide np.triu(..., k=1), keep np.tril(..., k=0))"
)
def causal_mask_lets_the_next_key_in(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    allowed = _allowed(x.shape[1], 1) if causal else None
    return _causal_with(x, Wq, Wk, Wv, Wo, n_heads, allowed)


@mistake(
    "your causal mask is transposed: query i sees the keys i … L-1, the future; it sees the keys "
    "0 … i (the lower triangle, np.tril, True where key <= query)"
)
def causal_mask_transposed(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    allowed = _allowed(x.shape[1]).T if causal else None
    return _causal_with(x, Wq, Wk, Wv, Wo, n_heads, allowed)


@mistake(
    "you give the future keys a large finite score (or add one to theirs), not -inf: when the scores "
    "are large a future key still gets weight; it must get exactly 0, so put -inf there",
    how=("fill", "add"),
    value=(-1e4, -1e9, -1e10),
)
def future_keys_get_a_finite_score(x, Wq, Wk, Wv, Wo, n_heads, causal=False, how="fill", value=-1e9):
    d_head = _checked(x, n_heads)
    queries, keys, values = (_split(x @ W, n_heads) for W in (Wq, Wk, Wv))
    scores = queries @ np.swapaxes(keys, -1, -2) / math.sqrt(d_head)
    if causal:
        future = ~_allowed(x.shape[1])
        scores = np.where(future, value, scores) if how == "fill" else scores + np.where(future, value, 0.0)
    return _merge(_softmax(scores) @ values) @ Wo


@mistake(
    "you ignore causal=True: each query must not see the keys after it, so put -inf in the scores "
    "above the diagonal before the softmax"
)
def causal_ignored(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    return _causal_with(x, Wq, Wk, Wv, Wo, n_heads, None)


# The softmax.


@mistake(
    "you normalise the scores over the queries (axis -2): each query's weights must sum to 1 over "
    "the keys, so take the max and the sum along the last axis"
)
def softmax_over_the_queries(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    return _mha(x, Wq, Wk, Wv, Wo, n_heads, causal, softmax=lambda scores: _softmax(scores, axis=-2))


def _no_shift(scores):
    e = np.exp(scores)
    return e / np.sum(e, axis=-1, keepdims=True)


@mistake(
    "you do not subtract the max before exp: exp of a large score overflows to inf, of very negative "
    "ones underflows to 0, and the division gives NaN; subtract each query's max score first"
)
def no_max_shift(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    with np.errstate(all="ignore"):
        return _mha(x, Wq, Wk, Wv, Wo, n_heads, causal, softmax=_no_shift)


def _one_max(scores):
    e = np.exp(scores - np.max(scores))
    return e / np.sum(e, axis=-1, keepdims=True)


@mistake(
    "you subtract one max of all the scores, not each query's own max: a query whose scores are all "
    "far below it gets exp = 0 everywhere, and 0/0 is NaN; take the max along the keys, keepdims=True"
)
def one_max_for_all_the_scores(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    with np.errstate(all="ignore"):
        return _mha(x, Wq, Wk, Wv, Wo, n_heads, causal, softmax=_one_max)


# The checks of n_heads.


@mistake(
    "you do not check that n_heads divides d_model: raise ValueError when d_model % n_heads != 0, "
    "whatever x holds (np.array_split makes heads of unequal widths, and a reshape of an empty batch "
    "does not complain)"
)
def n_heads_not_dividing_d_model_accepted(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    if n_heads < 1:
        raise ValueError(f"n_heads must be at least 1, got {n_heads}")
    L = x.shape[1]
    allowed = _allowed(L) if causal else None
    parts = zip(*(np.array_split(x @ W, n_heads, axis=-1) for W in (Wq, Wk, Wv)))
    heads = [_attention(q, k, v, math.sqrt(q.shape[-1]), allowed) for q, k, v in parts]
    return np.concatenate(heads, axis=-1) @ Wo


@mistake(
    "you do not check that n_heads is at least 1: n_heads = 0 divides by zero (ZeroDivisionError); "
    "raise ValueError when n_heads < 1"
)
def n_heads_below_1_accepted(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    d_model = x.shape[-1]
    if d_model % n_heads != 0:
        raise ValueError(f"n_heads = {n_heads} does not divide d_model = {d_model}")
    return _mha(x, Wq, Wk, Wv, Wo, n_heads, causal)
