"""Mistake models of the population_stability_index kata: what a learner who makes each
mistake returns.

Each function takes population_stability_index's arguments and computes the
wrong PSI that mistake gives (or raises what it raises). The harness names a
mistake only when a learner's answer matches its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import mistake


def _check(bins):
    if bins < 1:
        raise ValueError("bins must be at least 1")


def _edges(expected, bins):
    return np.unique(np.quantile(expected, np.arange(1, bins) / bins))


def _fractions(sample, edges, side="right"):
    counts = np.bincount(np.searchsorted(edges, sample, side=side), minlength=edges.size + 1)
    return counts / sample.size


def _psi(e, a, eps):
    e, a = np.maximum(e, eps), np.maximum(a, eps)
    return float(np.sum((a - e) * np.log(a / e)))


@mistake(
    "a value equal to an edge goes to the bin BELOW it in your binning (side='left', or "
    "bins closed on the right): it belongs to the bin above, np.searchsorted(edges, v, side='right')"
)
def edge_values_in_the_lower_bin(expected, actual, bins=10, eps=1e-6):
    _check(bins)
    edges = _edges(expected, bins)
    return _psi(_fractions(expected, edges, "left"), _fractions(actual, edges, "left"), eps)


@mistake(
    "your outer edges are the smallest and largest expected values (np.histogram with them), "
    "so actual values outside that range are lost: the outer edges are open, -inf and +inf",
    denominator=("sample size", "values counted"),
    levels=("arange", "linspace"),
)
def outer_edges_at_the_expected_range(
    expected, actual, bins=10, eps=1e-6, denominator="sample size", levels="arange"
):
    _check(bins)
    if levels == "arange":
        edges = np.quantile(expected, np.arange(bins + 1) / bins)
    else:
        edges = np.quantile(expected, np.linspace(0.0, 1.0, bins + 1))
    fractions = []
    for sample in (expected, actual):
        counts, _ = np.histogram(sample, bins=edges)
        fractions.append(counts / (sample.size if denominator == "sample size" else counts.sum()))
    return _psi(*fractions, eps)


@mistake(
    "your bins have equal widths over the expected range (np.histogram's default): PSI's bins are "
    "the quantiles of expected, np.quantile(expected, np.arange(1, bins) / bins), outer edges open"
)
def equal_width_bins(expected, actual, bins=10, eps=1e-6):
    _check(bins)
    edges = np.linspace(expected.min(), expected.max(), bins + 1)[1:-1]
    return _psi(_fractions(expected, edges), _fractions(actual, edges), eps)


@mistake(
    "you do not clip the fractions at eps: an empty bin makes ln(0) and the PSI inf or NaN; "
    "use np.maximum(fraction, eps) for both samples before the formula"
)
def fractions_not_clipped(expected, actual, bins=10, eps=1e-6):
    _check(bins)
    edges = _edges(expected, bins)
    e, a = _fractions(expected, edges), _fractions(actual, edges)
    return float(np.sum((a - e) * np.log(a / e)))


@mistake(
    "you clip the fractions only inside the logarithm: the kata uses the clipped fractions in "
    "both factors, (a - e)·ln(a/e) with a and e each np.maximum(fraction, eps)"
)
def clipped_only_inside_the_log(expected, actual, bins=10, eps=1e-6):
    _check(bins)
    edges = _edges(expected, bins)
    e, a = _fractions(expected, edges), _fractions(actual, edges)
    return float(np.sum((a - e) * np.log(np.maximum(a, eps) / np.maximum(e, eps))))


@mistake(
    "you add eps to every fraction: the kata clips them below at eps, np.maximum(fraction, eps), "
    "which leaves a non-empty bin's fraction exact"
)
def eps_added_to_every_fraction(expected, actual, bins=10, eps=1e-6):
    _check(bins)
    edges = _edges(expected, bins)
    e, a = _fractions(expected, edges) + eps, _fractions(actual, edges) + eps
    return float(np.sum((a - e) * np.log(a / e)))


@mistake(
    "you replace only the fractions that are exactly 0 by eps: the kata clips every fraction "
    "below eps up to eps, np.maximum(fraction, eps), so a bin with a fraction in (0, eps) counts as eps"
)
def only_empty_bins_floored_at_eps(expected, actual, bins=10, eps=1e-6):
    _check(bins)
    edges = _edges(expected, bins)
    e, a = _fractions(expected, edges), _fractions(actual, edges)
    e, a = np.where(e == 0, eps, e), np.where(a == 0, eps, a)
    return float(np.sum((a - e) * np.log(a / e)))


@mistake("you accept bins < 1, for which there are no quantile bins: raise ValueError when bins < 1")
def bins_below_1_accepted(expected, actual, bins=10, eps=1e-6):
    edges = _edges(expected, bins) if bins >= 1 else np.array([])
    return _psi(_fractions(expected, edges), _fractions(actual, edges), eps)
