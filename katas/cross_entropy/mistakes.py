"""Mistake models of the cross_entropy kata: what a learner who makes each mistake returns.

Each function takes cross_entropy's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import FLOAT32_SAYS, mistake


def _log_softmax(logits):
    shifted = logits - np.max(logits, axis=1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))


def _softmax(logits):
    e = np.exp(logits - np.max(logits, axis=1, keepdims=True))
    return e / np.sum(e, axis=1, keepdims=True)


def _row_losses(log_probs, targets):
    """-log p of each row's class (ids) or -Σ t·log p (probabilities), by targets.ndim."""
    if np.ndim(targets) == 1:
        return -log_probs[np.arange(len(targets)), targets]
    return -np.sum(targets * log_probs, axis=1)


def _mean(log_probs, targets):
    return float(np.mean(_row_losses(log_probs, targets)))


@mistake(
    "your loss is N times too large: it is the MEAN of the per-row losses over the batch, "
    "so divide their sum by N (or use np.mean), do not return the sum"
)
def summed_over_the_batch(logits, targets):
    return float(np.sum(_row_losses(_log_softmax(logits), targets)))


@mistake(
    "for probability targets your loss is C times too small: sum t·log softmax over the "
    "classes of each row, then take the mean over the N rows, not over all N·C entries"
)
def mean_over_all_entries(logits, targets):
    log_probs = _log_softmax(logits)
    if np.ndim(targets) == 1:
        return _mean(log_probs, targets)
    return float(-np.mean(targets * log_probs))


@mistake(
    "you divide probability targets by their row sum: they are used as given, even when "
    "a row does not sum to 1 (PyTorch's soft targets), so do not renormalise them"
)
def probability_targets_renormalised(logits, targets):
    if np.ndim(targets) == 2:
        targets = targets / np.sum(targets, axis=1, keepdims=True)
    return _mean(_log_softmax(logits), targets)


@mistake(
    "you use the cheat sheet's -np.sum(y * np.log(y_hat + 1e-9)): take the mean over the "
    "rows, not the sum, and compute log softmax with log-sum-exp, never the log of a probability"
)
def summed_log_of_probability_plus_epsilon(logits, targets):
    y = np.eye(logits.shape[1])[targets] if np.ndim(targets) == 1 else targets
    return float(-np.sum(y * np.log(_softmax(logits) + 1e-9)))


@mistake(
    "you take log(p + eps) of a probability: the eps shifts every loss a little, and a "
    "probability that underflowed caps the loss near -log(eps); compute log softmax with log-sum-exp"
)
def log_of_probability_plus_epsilon(logits, targets):
    return _mean(np.log(_softmax(logits) + 1e-9), targets)


@mistake(
    "you take the log of probabilities clipped to [1e-12, 1]: a probability that underflowed "
    "caps the loss near 27.6 where it should be the logit gap; compute log softmax with log-sum-exp"
)
def log_of_clipped_probabilities(logits, targets):
    return _mean(np.log(np.clip(_softmax(logits), 1e-12, 1.0)), targets)


@mistake(
    "you take the log of softmax probabilities: one that underflows to 0 gives log 0 = -inf "
    "(and 0·-inf = NaN); compute log softmax directly, (x - max) - log Σ exp(x - max)"
)
def log_of_softmax_probabilities(logits, targets):
    return _mean(np.log(_softmax(logits)), targets)


@mistake(
    "you do not subtract each row's max before exp: exp of a large logit overflows to inf "
    "and the loss becomes NaN or inf; log Σ exp(x) = m + log Σ exp(x - m)"
)
def no_max_shift(logits, targets):
    log_probs = logits - np.log(np.sum(np.exp(logits), axis=1, keepdims=True))
    return _mean(log_probs, targets)


@mistake(
    "your row max and row sum drop their axis (no keepdims=True): (N, C) minus (N,) "
    "broadcasts along the classes, which raises unless N == C and then mixes rows with columns"
)
def no_keepdims(logits, targets):
    shifted = logits - np.max(logits, axis=1)
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1))
    return _mean(log_probs, targets)


@mistake(
    "you normalise the softmax over the whole batch (one max and one sum for the whole array, "
    "the cheat sheet's softmax): each row is normalised on its own, along axis 1 with keepdims=True"
)
def softmax_over_the_whole_batch(logits, targets):
    e = np.exp(logits - np.max(logits))
    return _mean(np.log(e / np.sum(e)), targets)


@mistake(
    "you subtract one max of the whole batch, not each row's own max: a row far below it "
    "underflows to exp = 0 and log 0 = -inf; use np.max(logits, axis=1, keepdims=True)"
)
def one_max_for_the_whole_batch(logits, targets):
    shifted = logits - np.max(logits)
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    return _mean(log_probs, targets)


@mistake(
    "you tell class ids from probabilities by the dtype int64: ids may come as int32, and "
    "int (N, C) targets are probabilities; tell them apart by targets.ndim, never by the dtype"
)
def ids_told_apart_by_int64_dtype(logits, targets):
    log_probs = _log_softmax(logits)
    if targets.dtype == np.int64:
        return float(-np.mean(log_probs[np.arange(len(targets)), targets]))
    return float(-np.mean(np.sum(targets * log_probs, axis=1)))


@mistake(
    "you take every integer-dtype target for class ids: an int (N, C) array, such as a one-hot "
    "matrix of 0s and 1s, is probabilities; tell them apart by targets.ndim, never by the dtype"
)
def integer_dtype_taken_for_ids(logits, targets):
    log_probs = _log_softmax(logits)
    if np.issubdtype(targets.dtype, np.integer):
        return float(-np.mean(log_probs[np.arange(len(targets)), targets]))
    return float(-np.mean(np.sum(targets * log_probs, axis=1)))


@mistake(
    "you handle only integer class ids: probability targets of shape (N, C) give each row "
    "-Σ_c t_c·log softmax_c; tell the two apart by targets.ndim (1-D ids, 2-D probabilities)"
)
def probability_targets_not_handled(logits, targets):
    log_probs = _log_softmax(logits)
    return float(-np.mean(log_probs[np.arange(len(targets)), targets]))


@mistake(
    "you turn int (N, C) targets into ids with argmax: they are probabilities (a row such as "
    "[1, 2, 1] weighs three classes), so use -Σ_c t_c·log softmax_c; tell kinds apart by targets.ndim"
)
def integer_probabilities_turned_into_ids_by_argmax(logits, targets):
    if np.issubdtype(targets.dtype, np.integer) and np.ndim(targets) == 2:
        targets = np.argmax(targets, axis=1)
    return _mean(_log_softmax(logits), targets)


@mistake(
    "you pick the true classes with log_probs[:, targets], an (N, N) matrix of every row's "
    "log probability of every row's class: pick one per row with np.arange(N) and targets"
)
def picked_with_a_column_slice(logits, targets):
    log_probs = _log_softmax(logits)
    if np.ndim(targets) == 2:
        return _mean(log_probs, targets)
    return float(-np.mean(log_probs[:, targets]))


@mistake(
    "you return the loss of each row, an array of shape (N,): the loss is their mean over the "
    "batch, a single number, so return float(...) of the mean"
)
def per_row_losses_not_averaged(logits, targets):
    return _row_losses(_log_softmax(logits), targets)


@mistake("you return a 0-d NumPy array: the loss is a single number, so return float(...) of the mean")
def returns_a_0d_array(logits, targets):
    return np.asarray(np.mean(_row_losses(_log_softmax(logits), targets)))


@mistake(
    "you return an array of shape (1,) (a mean with keepdims=True): the loss is a single "
    "number, so take the mean without keepdims and return float(...) of it"
)
def mean_kept_as_a_one_element_array(logits, targets):
    return np.mean(_row_losses(_log_softmax(logits), targets), axis=0, keepdims=True)


@mistake(FLOAT32_SAYS)
def float32(logits, targets):
    """The reference's steps in float32 (the common model would run the reference, which
    converts logits to float64 first and so computes in float64)."""
    logits = np.asarray(logits, dtype=np.float32)
    if np.ndim(targets) == 2:
        targets = np.asarray(targets, dtype=np.float32)
    return _mean(_log_softmax(logits), targets)
