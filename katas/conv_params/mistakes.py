"""Mistake models of the conv_params kata: what a learner who makes each mistake returns.

Each function takes conv_params's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input. The narrow
mistakes (one check missing) come before the broad ones, so that among models
that explain as many failing tests, the narrowest leads.
"""

from harness.diagnosis import mistake


def _sides(kernel_size):
    return (kernel_size, kernel_size) if isinstance(kernel_size, int) else tuple(kernel_size)


def _check(kernel_size, in_channels, out_channels, groups):
    if min(*_sides(kernel_size), in_channels, out_channels, groups) < 1:
        raise ValueError("groups, kernel sides and channel counts must be at least 1")
    if in_channels % groups or out_channels % groups:
        raise ValueError("groups must divide in_channels and out_channels")


def _count(kernel_size, in_channels, out_channels, bias, groups):
    k_h, k_w = _sides(kernel_size)
    return k_h * k_w * (in_channels // groups) * out_channels + (out_channels if bias else 0)


# -- the checks


@mistake(
    "you check that groups divides in_channels but not out_channels: PyTorch refuses both; "
    "raise ValueError when out_channels % groups != 0 too"
)
def out_channels_not_checked(kernel_size, in_channels, out_channels, bias=True, groups=1):
    if min(*_sides(kernel_size), in_channels, out_channels, groups) < 1:
        raise ValueError("groups, kernel sides and channel counts must be at least 1")
    if in_channels % groups:
        raise ValueError("groups must divide in_channels")
    return _count(kernel_size, in_channels, out_channels, bias, groups)


@mistake(
    "you do not check that groups divides the channel counts: the channels cannot be split "
    "into equal groups then; raise ValueError when in_channels or out_channels % groups != 0"
)
def divisibility_not_checked(kernel_size, in_channels, out_channels, bias=True, groups=1):
    if min(*_sides(kernel_size), in_channels, out_channels, groups) < 1:
        raise ValueError("groups, kernel sides and channel counts must be at least 1")
    return _count(kernel_size, in_channels, out_channels, bias, groups)


@mistake(
    "you accept a groups, kernel side or channel count below 1 (a layer with 0 channels or "
    "a 0-wide kernel does not exist): raise ValueError for any of them below 1"
)
def values_below_1_accepted(kernel_size, in_channels, out_channels, bias=True, groups=1):
    if in_channels % groups or out_channels % groups:  # groups = 0 raises ZeroDivisionError
        raise ValueError("groups must divide in_channels and out_channels")
    return _count(kernel_size, in_channels, out_channels, bias, groups)


# -- the count


@mistake(
    "you ignore groups: each filter sees only in_channels/groups input channels, so the "
    "weights are K_h·K_w·(C_in/groups)·C_out"
)
def groups_ignored(kernel_size, in_channels, out_channels, bias=True, groups=1):
    _check(kernel_size, in_channels, out_channels, groups)
    return _count(kernel_size, in_channels, out_channels, bias, 1)


@mistake(
    "you divide out_channels by groups too: there are still C_out filters (C_out/groups per "
    "group), and only their input channels are divided, K_h·K_w·(C_in/groups)·C_out"
)
def out_channels_divided_by_groups(kernel_size, in_channels, out_channels, bias=True, groups=1):
    _check(kernel_size, in_channels, out_channels, groups)
    k_h, k_w = _sides(kernel_size)
    weights = k_h * k_w * (in_channels // groups) * (out_channels // groups)
    return weights + (out_channels if bias else 0)


@mistake(
    "you count one bias per input channel: a convolution has one bias per OUTPUT channel "
    "(per filter), so the bias adds out_channels"
)
def bias_per_input_channel(kernel_size, in_channels, out_channels, bias=True, groups=1):
    _check(kernel_size, in_channels, out_channels, groups)
    return _count(kernel_size, in_channels, out_channels, False, groups) + (in_channels if bias else 0)


@mistake("you always add the bias: with bias=False the layer has no bias, only its weights")
def bias_always_counted(kernel_size, in_channels, out_channels, bias=True, groups=1):
    _check(kernel_size, in_channels, out_channels, groups)
    return _count(kernel_size, in_channels, out_channels, True, groups)


@mistake(
    "you take an int kernel_size K as K taps: it means a K x K kernel (PyTorch's "
    "convention), so it counts K·K weights per input channel of each filter"
)
def int_kernel_counted_once(kernel_size, in_channels, out_channels, bias=True, groups=1):
    _check(kernel_size, in_channels, out_channels, groups)
    if isinstance(kernel_size, int):
        kernel_size = (kernel_size, 1)
    return _count(kernel_size, in_channels, out_channels, bias, groups)


@mistake(
    "you square the first side of a (K_h, K_w) kernel: a rectangular kernel holds K_h·K_w "
    "weights per input channel of each filter"
)
def first_side_squared(kernel_size, in_channels, out_channels, bias=True, groups=1):
    _check(kernel_size, in_channels, out_channels, groups)
    side = _sides(kernel_size)[0]
    return _count((side, side), in_channels, out_channels, bias, groups)


@mistake(
    "you divide with / and return a float: a parameter count is a whole number; divide "
    "in_channels by groups with // (exact once you checked that groups divides it)"
)
def true_division_gives_a_float(kernel_size, in_channels, out_channels, bias=True, groups=1):
    _check(kernel_size, in_channels, out_channels, groups)
    k_h, k_w = _sides(kernel_size)
    return k_h * k_w * (in_channels / groups) * out_channels + (out_channels if bias else 0)


# -- several mistakes at once


@mistake(
    "you use the cheat sheet's K² × C_in × C_out + C_out as written: it knows no rectangular "
    "kernel, no groups, no bias=False and checks nothing; count K_h·K_w·(C_in/groups)·C_out, "
    "add C_out only with a bias, and validate"
)
def cheat_sheet_formula(kernel_size, in_channels, out_channels, bias=True, groups=1):
    return kernel_size**2 * in_channels * out_channels + out_channels
