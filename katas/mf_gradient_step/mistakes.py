"""Mistake models of the mf_gradient_step kata: what a learner who makes each mistake returns.

Each function takes mf_gradient_step's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input. Keep a wrong
learner file under tests/submissions/mf_gradient_step/ for each model.
"""

import numpy as np

from harness.diagnosis import mistake


def _data_rows(P, Q, users, items, ratings, factor=2.0):
    """Each observation's data-term gradient rows for P and for Q."""
    user_rows, item_rows = P[users], Q[items]
    scale = (-factor / len(ratings)) * (ratings - np.einsum("nk,nk->n", user_rows, item_rows))[:, None]
    return scale * item_rows, scale * user_rows


@mistake(
    "your P[users] -= ... (or += ...) applies only one gradient per repeated user or item: NumPy's "
    "fancy-index assignment does not accumulate; add every repeat with np.add.at"
)
def fancy_index_drops_repeats(P, Q, users, items, ratings, lr, reg):
    rows_P, rows_Q = _data_rows(P, Q, users, items, ratings)
    new_P, new_Q = P - lr * 2.0 * reg * P, Q - lr * 2.0 * reg * Q
    new_P[users] -= lr * rows_P
    new_Q[items] -= lr * rows_Q
    return new_P, new_Q


@mistake(
    "you compute Q's gradient from the P you have just updated; both gradients are taken at the old P and Q"
)
def q_gradient_at_the_new_P(P, Q, users, items, ratings, lr, reg):
    grad_P = 2.0 * reg * P
    np.add.at(grad_P, users, _data_rows(P, Q, users, items, ratings)[0])
    new_P = P - lr * grad_P
    grad_Q = 2.0 * reg * Q
    np.add.at(grad_Q, items, _data_rows(new_P, Q, users, items, ratings)[1])
    return new_P, Q - lr * grad_Q


def _step(P, Q, users, items, ratings, lr, reg, factor=2.0, penalty=2.0, rows_penalised=None):
    rows_P, rows_Q = _data_rows(P, Q, users, items, ratings, factor)
    grad_P, grad_Q = penalty * reg * P, penalty * reg * Q
    if rows_penalised is not None:
        grad_P *= np.isin(np.arange(len(P)), users)[:, None]
        grad_Q *= np.isin(np.arange(len(Q)), items)[:, None]
    np.add.at(grad_P, users, rows_P)
    np.add.at(grad_Q, items, rows_Q)
    return P - lr * grad_P, Q - lr * grad_Q


@mistake("your penalty gradient is reg·P; the derivative of reg·‖P‖² is 2·reg·P (and 2·reg·Q)")
def penalty_gradient_without_the_2(P, Q, users, items, ratings, lr, reg):
    return _step(P, Q, users, items, ratings, lr, reg, penalty=1.0)


@mistake("your data gradient lacks the 2 of the square: the derivative of (r − p·q)² is −2(r − p·q)·q")
def error_gradient_without_the_2(P, Q, users, items, ratings, lr, reg):
    return _step(P, Q, users, items, ratings, lr, reg, factor=1.0)


@mistake("your data gradient is a sum over the observations, not their mean: divide it by n")
def sum_instead_of_mean(P, Q, users, items, ratings, lr, reg):
    return _step(P, Q, users, items, ratings, lr, reg, factor=2.0 * len(ratings))


@mistake(
    "your penalty shrinks only the rows of users and items that were observed; it is over the whole "
    "of P and Q, so rows never observed shrink too"
)
def penalty_only_on_observed_rows(P, Q, users, items, ratings, lr, reg):
    return _step(P, Q, users, items, ratings, lr, reg, rows_penalised=True)


@mistake("your data term pushes uphill: its gradient is −(2/n)·(r − p·q)·q, with a minus sign")
def step_uphill(P, Q, users, items, ratings, lr, reg):
    return _step(P, Q, users, items, ratings, lr, reg, factor=-2.0)
