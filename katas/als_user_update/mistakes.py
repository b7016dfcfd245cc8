"""Mistake models of the als_user_update kata: what a learner who makes each mistake returns.

Each function takes als_user_update's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input. Keep a wrong
learner file under tests/submissions/als_user_update/ for each model.
"""

import numpy as np

from harness.diagnosis import mistake


def _solve(gram, right, observed):
    gram = gram.copy()
    gram[~observed.any(axis=1)] = np.eye(gram.shape[-1])
    return np.linalg.solve(gram, right[:, :, None])[:, :, 0]


def _gram(observed, Q):
    return (observed[:, :, None] * Q).transpose(0, 2, 1) @ Q


@mistake(
    "your right-hand side R[u] @ Q reads the unobserved entries of R too; only observed ratings "
    "count: use np.where(observed, R, 0) @ Q"
)
def unobserved_entries_read(R, observed, Q, reg):
    return _solve(_gram(observed, Q) + reg * np.eye(Q.shape[1]), R @ Q, observed)


@mistake(
    "you treat every unobserved entry as a rating of 0 (QᵀQ over all items); the regression is "
    "over the observed items only: Q_Ωᵀ Q_Ω"
)
def unobserved_as_zero_ratings(R, observed, Q, reg):
    gram = np.broadcast_to(Q.T @ Q + reg * np.eye(Q.shape[1]), (len(R), Q.shape[1], Q.shape[1]))
    return np.linalg.solve(gram, (np.where(observed, R, 0.0) @ Q)[:, :, None])[:, :, 0]


@mistake(
    "your penalty is reg·|Ω|·I, scaled by the user's number of ratings (Spark's weighted-λ); this "
    "kata's penalty is reg·I for every user"
)
def penalty_scaled_by_the_count(R, observed, Q, reg):
    counts = observed.sum(axis=1)[:, None, None]
    return _solve(
        _gram(observed, Q) + reg * counts * np.eye(Q.shape[1]), np.where(observed, R, 0.0) @ Q, observed
    )


@mistake(
    "you add reg to every entry of Q_Ωᵀ Q_Ω (+ reg broadcasts); the penalty adds reg to the "
    "diagonal only: + reg * np.eye(k)"
)
def penalty_added_to_every_entry(R, observed, Q, reg):
    return _solve(_gram(observed, Q) + reg, np.where(observed, R, 0.0) @ Q, observed)


@mistake(
    "a user with no observation gives a singular system when reg = 0 and np.linalg.solve raises; "
    "give such a user a row of zeros"
)
def no_observation_left_singular(R, observed, Q, reg):
    gram = _gram(observed, Q) + reg * np.eye(Q.shape[1])
    return np.linalg.solve(gram, (np.where(observed, R, 0.0) @ Q)[:, :, None])[:, :, 0]
