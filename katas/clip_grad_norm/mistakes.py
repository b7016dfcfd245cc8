"""Mistake models of the clip_grad_norm kata: what a learner who makes each mistake returns.

Each function takes clip_grad_norm's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input. Writing in place
(``*=`` on the caller's arrays) and returning the caller's own arrays unscaled are
the common ``in_place`` and ``returns_input`` mistakes, which need no model here.
"""

import numpy as np

from harness.diagnosis import mistake

EPSILON = 1e-6


def _norm(grads):
    return float(np.sqrt(sum(float(np.sum(np.square(g, dtype=np.float64))) for g in grads)))


def _scaled(grads, factor):
    return [g * factor for g in grads]


@mistake(
    "you clip each array by its own norm: clipping by the global norm scales every array by "
    "the same factor, from the norm of all of them together, and keeps the gradient's direction"
)
def each_array_clipped_by_its_own_norm(grads, max_norm):
    clipped = [g * min(1.0, max_norm / (_norm([g]) + EPSILON)) for g in grads]
    return clipped, _norm(grads)


@mistake(
    "you scale by max_norm/(total_norm + 1e-6) even when it is above 1, so small gradients grow: "
    "cap the factor at 1 with min(1, ...), as PyTorch does"
)
def factor_not_capped_at_1(grads, max_norm):
    total_norm = _norm(grads)
    return _scaled(grads, max_norm / (total_norm + EPSILON)), total_norm


@mistake(
    "you leave the gradients as they are when total_norm is not above max_norm: PyTorch "
    "always multiplies by min(1, max_norm/(total_norm + 1e-6)), which is below 1 from "
    "max_norm - 1e-6 on, so a norm at max_norm is scaled too"
)
def scaled_only_above_max_norm(grads, max_norm):
    total_norm = _norm(grads)
    factor = max_norm / (total_norm + EPSILON) if total_norm > max_norm else 1.0
    return _scaled(grads, factor), total_norm


@mistake(
    "your factor is not max_norm/(total_norm + 1e-6): PyTorch adds 1e-6 to the norm (no other "
    "epsilon), so a norm at max_norm is scaled too and tiny norms are scaled less",
    epsilon=(0.0, 1e-7, 1e-8, 1e-12),
)
def epsilon_not_1e_6(grads, max_norm, epsilon):
    total_norm = _norm(grads)
    return _scaled(grads, min(1.0, max_norm / (total_norm + epsilon))), total_norm


@mistake("your total norm is the sum of the squares: the L2 norm is its square root, √(Σᵢ ‖gᵢ‖²)")
def norm_not_square_rooted(grads, max_norm):
    squares = _norm(grads) ** 2
    return _scaled(grads, min(1.0, max_norm / (squares + EPSILON))), squares


@mistake(
    "your total norm is the sum of the arrays' norms: the global norm is the norm of the "
    "arrays' norms, √(Σᵢ ‖gᵢ‖²), as if all the gradients were one long vector"
)
def sum_of_the_norms(grads, max_norm):
    total_norm = sum(_norm([g]) for g in grads)
    return _scaled(grads, min(1.0, max_norm / (total_norm + EPSILON))), float(total_norm)


@mistake(
    "you return the norm of the clipped gradients: return total_norm as it was before "
    "clipping, as PyTorch does (it tells how large the gradients really were)"
)
def norm_after_clipping(grads, max_norm):
    clipped = _scaled(grads, min(1.0, max_norm / (_norm(grads) + EPSILON)))
    return clipped, _norm(clipped)


@mistake(
    "you return the clipped arrays as a tuple (or another sequence): return them as a list, "
    "in the order of grads"
)
def clipped_returned_as_a_tuple(grads, max_norm):
    total_norm = _norm(grads)
    return tuple(_scaled(grads, min(1.0, max_norm / (total_norm + EPSILON)))), total_norm


@mistake(
    "an empty list of gradients makes your function fail: its norm is 0.0 and the result is "
    "([], 0.0); np.concatenate and max() of nothing raise"
)
def empty_list_not_handled(grads, max_norm):
    flat = np.concatenate([np.ravel(g) for g in grads])
    total_norm = float(np.sqrt(np.sum(flat * flat)))
    return _scaled(grads, min(1.0, max_norm / (total_norm + EPSILON))), total_norm
