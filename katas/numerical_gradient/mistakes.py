"""Mistake models of the numerical_gradient kata: what a learner who makes each mistake returns.

Each function takes numerical_gradient's arguments and computes the wrong
gradient that mistake gives. The harness names a mistake only when a learner's
answer matches its model on a failing test's input. (Changing x and not
restoring it exactly is the common mistake ``in_place``: it needs no model.)
"""

import numpy as np

from harness.diagnosis import mistake


def _steps(x, h):
    """For each entry i: the array x + h·eᵢ, x - h·eᵢ, and i, in float64."""
    point = np.asarray(x, dtype=np.float64)
    for index in np.ndindex(point.shape):
        above, below = point.copy(), point.copy()
        above[index] += h
        below[index] -= h
        yield above, below, index


def _as_x(gradient, x):
    return gradient.astype(np.asarray(x).dtype)


@mistake(
    "you take the forward difference (f(x + h·eᵢ) - f(x)) / h, whose error is O(h): the "
    "central difference (f(x + h·eᵢ) - f(x - h·eᵢ)) / 2h is O(h²), about a million times "
    "closer at h = 1e-5"
)
def forward_difference(f, x, h=1e-5):
    point = np.asarray(x, dtype=np.float64)
    at_x = f(point)
    gradient = np.zeros(point.shape)
    for above, _, index in _steps(x, h):
        gradient[index] = (f(above) - at_x) / h
    return _as_x(gradient, x)


@mistake(
    "you divide by h: the two points x + h·eᵢ and x - h·eᵢ are 2h apart, so divide "
    "f(x + h·eᵢ) - f(x - h·eᵢ) by 2h"
)
def divided_by_h(f, x, h=1e-5):
    gradient = np.zeros(np.shape(x))
    for above, below, index in _steps(x, h):
        gradient[index] = (f(above) - f(below)) / h
    return _as_x(gradient, x)


@mistake(
    "you move every entry of x at once (x + h): that gives the slope along the all-ones "
    "direction, the same number everywhere; move one entry at a time, x + h·eᵢ"
)
def every_entry_at_once(f, x, h=1e-5):
    point = np.asarray(x, dtype=np.float64)
    slope = (f(point + h) - f(point - h)) / (2 * h)
    return _as_x(np.full(point.shape, slope), x)


@mistake(
    "you use a step of your own: use the argument h (1e-5 is only its default)",
    step=(1e-5, 1e-4, 1e-6, 1e-3, 1e-7),
)
def h_ignored(f, x, h=1e-5, step=1e-5):
    gradient = np.zeros(np.shape(x))
    for above, below, index in _steps(x, step):
        gradient[index] = (f(above) - f(below)) / (2 * step)
    return _as_x(gradient, x)


@mistake(
    "you perturb x.reshape(-1), which is a view only for a C-contiguous x: for a transposed "
    "or sliced x it is a copy, f never sees the step and the gradient is 0; perturb a copy "
    "of x (x.astype(float)) by its index, for index in np.ndindex(x.shape)"
)
def perturbs_a_reshaped_copy(f, x, h=1e-5):
    point = np.asarray(x)
    if np.shares_memory(point.reshape(-1), point):
        gradient = np.zeros(point.shape)
        for above, below, index in _steps(x, h):
            gradient[index] = (f(above) - f(below)) / (2 * h)
        return _as_x(gradient, x)
    return np.zeros(point.shape, dtype=point.dtype)
