"""Returns the objective to maximise, log σ(u_o·v_c) + Σ log σ(-u_k·v_c), not its negative."""

import numpy as np

MISTAKES = "log_likelihood_not_negated"


def negative_sampling_loss(center: np.ndarray, context: np.ndarray, negatives: np.ndarray) -> float:
    log_sig_pos = -np.logaddexp(0.0, -(context @ center))
    log_sig_neg = -np.logaddexp(0.0, negatives @ center)
    return float(log_sig_pos + log_sig_neg.sum())
