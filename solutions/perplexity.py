"""Reference solution of the perplexity kata."""

import numpy as np


def perplexity(logits: np.ndarray, targets: np.ndarray) -> float:
    """Perplexity of a language model's next-token logits on the true tokens.

    Parameters
    ----------
    logits : ndarray of shape (N, V)
        Unnormalised scores of the V tokens of the vocabulary at each of N positions,
        float64 or float32; entries may be as large as 1e4.
    targets : ndarray of shape (N,), int
        The true token id at each position, in [0, V).

    Returns
    -------
    float
        exp of the mean over the N positions of -log softmax(logits[n])[targets[n]]:
        the geometric mean of 1 / P(target).

    Log-probabilities come from log-sum-exp with each row's max subtracted, never from the
    log of a probability, so logits of 1e4 neither overflow nor underflow. Raises nothing of
    its own. Source: PPL = exp(-(1/N) Σ log P(wᵢ)) (Jurafsky and Martin, "Speech and Language
    Processing", 3rd ed., section 3.3), i.e. exp of torch.nn.functional.cross_entropy.
    """
    shifted = logits - np.max(logits, axis=1, keepdims=True)
    log_normalisers = np.log(np.sum(np.exp(shifted), axis=1))
    target_log_probs = shifted[np.arange(len(targets)), targets] - log_normalisers
    return float(np.exp(-np.mean(target_log_probs)))
