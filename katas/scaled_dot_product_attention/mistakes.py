"""Mistake models of the scaled_dot_product_attention kata.

Each function takes the kata's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input. The models share
the right steps (``_scores``, ``_softmax``) and change only the one that is wrong.
"""

import math

import numpy as np

from harness.diagnosis import mistake


def _scores(Q, K):
    return Q @ np.swapaxes(K, -1, -2) / math.sqrt(Q.shape[-1])


def _masked(scores, mask):
    return scores if mask is None else np.where(mask, scores, -np.inf)


def _softmax(scores, axis=-1):
    e = np.exp(scores - np.max(scores, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def _whole_array_softmax(scores):
    e = np.exp(scores - np.max(scores))
    return e / e.sum()


# The cheat sheet's snippet and its two mistakes.


@mistake(
    "you use the cheat sheet's attention: K.T reverses every axis of a batched K (swap only the "
    "last two), and its softmax normalises the whole score array, not each query's row over the keys"
)
def the_cheat_sheets_attention(Q, K, V, mask=None):
    scores = _masked(Q @ K.T / math.sqrt(Q.shape[-1]), mask)
    return _whole_array_softmax(scores) @ V


@mistake(
    "K.T reverses every axis of a batched K, which mixes the batch up with the keys or raises: "
    "swap only the last two axes (np.swapaxes(K, -1, -2)) so that each batch entry uses its own keys"
)
def k_transposed_with_dot_t(Q, K, V, mask=None):
    scores = _masked(Q @ K.T / math.sqrt(Q.shape[-1]), mask)
    return _softmax(scores) @ V


@mistake(
    "you transpose K with fixed axes (K.transpose(0, 2, 1)), right only for a 3-D K: swap the last "
    "two axes (np.swapaxes(K, -1, -2)), whatever the number of leading dimensions"
)
def k_transposed_with_fixed_axes(Q, K, V, mask=None):
    scores = _masked(Q @ K.transpose(0, 2, 1) / math.sqrt(Q.shape[-1]), mask)
    return _softmax(scores) @ V


@mistake(
    "your softmax takes one max and one sum over the whole score array: normalise each query's "
    "row on its own, along the last axis with keepdims=True"
)
def one_softmax_over_all_the_scores(Q, K, V, mask=None):
    return _whole_array_softmax(_masked(_scores(Q, K), mask)) @ V


# The softmax over the keys.


@mistake(
    "you subtract one max of all the scores, not each query's own max: a query whose scores are all "
    "far below it gets exp = 0 everywhere, and 0/0 is NaN; take the max along the keys, keepdims=True"
)
def one_max_for_all_the_scores(Q, K, V, mask=None):
    scores = _masked(_scores(Q, K), mask)
    e = np.exp(scores - np.max(scores))
    return e / e.sum(axis=-1, keepdims=True) @ V


@mistake(
    "you do not subtract the max before exp: exp of a large score overflows to inf, of very negative "
    "ones underflows to 0, and the division gives NaN; subtract each query's max score first"
)
def no_max_shift(Q, K, V, mask=None):
    e = np.exp(_masked(_scores(Q, K), mask))
    return e / e.sum(axis=-1, keepdims=True) @ V


@mistake(
    "you normalise the scores over the queries (axis -2): each query's weights must sum to 1 over "
    "the keys, so take the max and the sum along the last axis"
)
def softmax_over_the_queries(Q, K, V, mask=None):
    return _softmax(_masked(_scores(Q, K), mask), axis=-2) @ V


@mistake(
    "your max or sum over the keys drops that axis (no keepdims=True), so it broadcasts against "
    "the wrong axis: square scores mix queries with keys, other shapes raise; use keepdims=True"
)
def no_keepdims(Q, K, V, mask=None):
    scores = _masked(_scores(Q, K), mask)
    e = np.exp(scores - np.max(scores, axis=-1))
    return e / e.sum(axis=-1) @ V


# The scale.


@mistake("you do not scale the scores: divide Q Kᵀ by the square root of d_k, the last dimension of Q and K")
def no_scaling(Q, K, V, mask=None):
    return _softmax(_masked(Q @ np.swapaxes(K, -1, -2), mask)) @ V


@mistake("you divide the scores by d_k: divide by its square root, math.sqrt(Q.shape[-1])")
def scaled_by_d_k(Q, K, V, mask=None):
    return _softmax(_masked(Q @ np.swapaxes(K, -1, -2) / Q.shape[-1], mask)) @ V


@mistake(
    "you divide the scores by the square root of d_v (the width of V): divide by the square root "
    "of d_k, the last dimension of Q and K"
)
def scaled_by_the_square_root_of_d_v(Q, K, V, mask=None):
    return _softmax(_masked(Q @ np.swapaxes(K, -1, -2) / math.sqrt(V.shape[-1]), mask)) @ V


# The mask.


@mistake(
    "you read the mask the other way round: True means the query may attend to that key (PyTorch's "
    "boolean attn_mask), False hides it"
)
def mask_read_the_other_way(Q, K, V, mask=None):
    scores = _scores(Q, K)
    if mask is not None:
        scores = np.where(mask, -1e9, scores)
    return _softmax(scores) @ V


@mistake(
    "you multiply the scores by the mask: a masked score becomes 0, and exp(0) is not 0; put -inf "
    "where the mask is False, before the softmax"
)
def mask_multiplies_the_scores(Q, K, V, mask=None):
    scores = _scores(Q, K)
    if mask is not None:
        scores = scores * mask
    return _softmax(scores) @ V


@mistake(
    "you zero the masked weights after the softmax, so the weights a query keeps no longer sum to 1: "
    "put -inf in the masked scores before the softmax instead"
)
def mask_applied_after_the_softmax(Q, K, V, mask=None):
    weights = _softmax(_scores(Q, K))
    if mask is not None:
        weights = weights * mask
    return weights @ V


@mistake(
    "you mask by boolean indexing (scores[~mask]), which needs the mask's full shape: use np.where, "
    "which broadcasts a (L_q, L_k) or (..., 1, L_k) mask over the scores"
)
def mask_by_boolean_indexing(Q, K, V, mask=None):
    scores = _scores(Q, K)
    if mask is not None:
        scores[~mask] = -np.inf
    return _softmax(scores) @ V


@mistake(
    "you ignore the mask: where it is False the query may not attend to that key, so put -inf in "
    "those scores before the softmax"
)
def mask_ignored(Q, K, V, mask=None):
    return _softmax(_scores(Q, K)) @ V


@mistake(
    "you take each row's max before masking, so it may be a masked key's score: when that is far "
    "above the others, every key left underflows to exp = 0 and 0/0 is NaN; mask first, then take the max"
)
def max_taken_before_masking(Q, K, V, mask=None):
    scores = _scores(Q, K)
    e = np.exp(scores - np.max(scores, axis=-1, keepdims=True))
    if mask is not None:
        e = np.where(mask, e, 0.0)
    return e / e.sum(axis=-1, keepdims=True) @ V


def _finite_fill(Q, K, V, mask, fill):
    scores = _scores(Q, K)
    if mask is not None:
        scores = np.where(mask, scores, fill)
    return _softmax(scores) @ V


def _finite_penalty(Q, K, V, mask, penalty):
    scores = _scores(Q, K)
    if mask is not None:
        scores = scores + np.where(mask, 0.0, penalty)
    return _softmax(scores) @ V


@mistake(
    "you fill masked scores with -1e4, not -inf: a masked key then gets weight when the scores left "
    "are lower still; a masked key must get weight exactly 0, so put -inf where the mask is False"
)
def masked_scores_filled_with_minus_1e4(Q, K, V, mask=None):
    return _finite_fill(Q, K, V, mask, -1e4)


@mistake(
    "you fill masked scores with -1e9, not -inf: a masked key then gets weight when the scores left "
    "are lower still; a masked key must get weight exactly 0, so put -inf where the mask is False"
)
def masked_scores_filled_with_minus_1e9(Q, K, V, mask=None):
    return _finite_fill(Q, K, V, mask, -1e9)


@mistake(
    "you add -10000 to masked scores: a masked key whose score is that much above the others still "
    "gets weight; a masked key must get weight exactly 0, so replace its score by -inf"
)
def minus_10000_added_to_masked_scores(Q, K, V, mask=None):
    return _finite_penalty(Q, K, V, mask, -10000.0)


@mistake(
    "you add -1e9 to masked scores: a masked key whose score is that much above the others still "
    "gets weight; a masked key must get weight exactly 0, so replace its score by -inf"
)
def minus_1e9_added_to_masked_scores(Q, K, V, mask=None):
    return _finite_penalty(Q, K, V, mask, -1e9)
