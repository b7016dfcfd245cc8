"""Reference solution of the population_stability_index kata."""

import numpy as np


def population_stability_index(
    expected: np.ndarray, actual: np.ndarray, bins: int = 10, eps: float = 1e-6
) -> float:
    """Population stability index of a sample `actual` against a reference sample `expected`.

    The bins are the quantiles of expected: inner edges np.quantile(expected,
    np.arange(1, bins) / bins) with duplicates dropped, outer edges open, and a value v
    falls in bin np.searchsorted(edges, v, side="right"). With e_i and a_i the fractions
    of expected and actual in bin i, each clipped below at eps,
    PSI = Σ (a_i - e_i) · ln(a_i / e_i), the symmetrised Kullback-Leibler divergence
    KL(a‖e) + KL(e‖a) of the two binned distributions (Siddiqi, Credit Risk Scorecards, 2006).

    Parameters
    ----------
    expected : ndarray of shape (n,)
        The reference sample (training data, say); at least one value.
    actual : ndarray of shape (m,)
        The sample to compare (production data); at least one value.
    bins : int, default 10
        The number of quantile bins before duplicate edges are dropped, at least 1.
    eps : float, default 1e-6
        The floor of each fraction, so that an empty bin gives a large finite term.

    Returns
    -------
    float
        PSI >= 0, in nats; 0.0 for two samples with the same fractions in every bin.

    Raises
    ------
    ValueError
        When bins < 1.
    """
    if bins < 1:
        raise ValueError(f"bins must be at least 1, not {bins}")
    edges = np.unique(np.quantile(expected, np.arange(1, bins) / bins))
    expected_counts = np.bincount(np.searchsorted(edges, expected, side="right"), minlength=edges.size + 1)
    actual_counts = np.bincount(np.searchsorted(edges, actual, side="right"), minlength=edges.size + 1)
    e = np.maximum(expected_counts / expected.size, eps)
    a = np.maximum(actual_counts / actual.size, eps)
    return float(np.sum((a - e) * np.log(a / e)))
