"""Reference solution of the negative_sampling_loss kata."""

import numpy as np


def negative_sampling_loss(center: np.ndarray, context: np.ndarray, negatives: np.ndarray) -> float:
    """Skip-gram negative-sampling loss of one (center, context) pair and K negative words.

    Parameters
    ----------
    center : ndarray of shape (d,)
        The center word's input vector v_c.
    context : ndarray of shape (d,)
        The true context word's output vector u_o.
    negatives : ndarray of shape (K, d)
        The output vectors u_k of K sampled negative words (K may be 0).

    Returns
    -------
    float
        -log σ(u_o·v_c) - Σₖ log σ(-u_k·v_c).

    -log σ(z) is computed as log(1 + e^-z) = np.logaddexp(0, -z), which neither overflows
    nor takes the log of 0 for dot products of ±1000. Raises nothing of its own. Source:
    Mikolov et al., "Distributed Representations of Words and Phrases and their
    Compositionality" (2013), equation 4, negated to a loss.
    """
    context_score = context @ center  # u_o·v_c
    negative_scores = negatives @ center  # u_k·v_c, shape (K,)
    context_loss = np.logaddexp(0.0, -context_score)  # -log σ(u_o·v_c)
    negative_losses = np.logaddexp(0.0, negative_scores)  # -log σ(-u_k·v_c)
    return float(context_loss + np.sum(negative_losses))
