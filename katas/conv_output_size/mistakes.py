"""Mistake models of the conv_output_size kata: what a learner who makes each mistake returns.

Each function takes conv_output_size's arguments and computes the wrong answer
that mistake gives (or raises what it raises). The harness names a mistake only
when a learner's answer matches its model on a failing test's input.

Several models often give the same answer on one input: a missing check of one
argument returns what no check at all returns. Across a report the mistake that
explains the most failing tests leads, and among equals the one defined first,
so the narrow mistakes (one check missing) come before the broad ones.
"""

from harness.diagnosis import mistake


def _arguments_valid(size, kernel, padding, stride, dilation):
    if size < 1 or kernel < 1 or stride < 1 or dilation < 1 or padding < 0:
        raise ValueError("size, kernel, stride and dilation must be at least 1, padding at least 0")


def _numerator(size, kernel, padding, dilation):
    return size + 2 * padding - dilation * (kernel - 1) - 1


def _at_least_1(output):
    if output < 1:
        raise ValueError("the output would be smaller than 1")
    return output


def _output(size, kernel, padding, stride, dilation):
    """The formula, with no check of the arguments but the output's (the true floor //)."""
    return _at_least_1(_numerator(size, kernel, padding, dilation) // stride + 1)


# -- one check of the arguments missing


@mistake(
    "you accept an input size below 1: padding may make room for the kernel, but an input of "
    "size 0 or less makes no sense; raise ValueError when size < 1"
)
def size_below_1_accepted(size, kernel, padding=0, stride=1, dilation=1):
    _arguments_valid(1, kernel, padding, stride, dilation)
    return _output(size, kernel, padding, stride, dilation)


@mistake("you accept a kernel below 1, which has no taps: raise ValueError when kernel < 1")
def kernel_below_1_accepted(size, kernel, padding=0, stride=1, dilation=1):
    _arguments_valid(size, 1, padding, stride, dilation)
    return _output(size, kernel, padding, stride, dilation)


@mistake(
    "you accept a negative padding, which silently shrinks the input (0 means no padding): "
    "raise ValueError when padding < 0"
)
def negative_padding_accepted(size, kernel, padding=0, stride=1, dilation=1):
    _arguments_valid(size, kernel, 0, stride, dilation)
    return _output(size, kernel, padding, stride, dilation)


@mistake(
    "you reject a stride of 0 but accept a negative one: a stride below 1 makes no sense; "
    "raise ValueError when stride < 1"
)
def negative_stride_accepted(size, kernel, padding=0, stride=1, dilation=1):
    if stride == 0:
        raise ValueError("stride must not be 0")
    _arguments_valid(size, kernel, padding, 1, dilation)
    return _output(size, kernel, padding, stride, dilation)


@mistake(
    "you do not check the stride: a stride of 0 divides by zero and a negative one gives a "
    "meaningless size; raise ValueError when stride < 1, before you divide by it"
)
def stride_not_checked(size, kernel, padding=0, stride=1, dilation=1):
    _arguments_valid(size, kernel, padding, 1, dilation)
    return _output(size, kernel, padding, stride, dilation)


@mistake(
    "you accept a dilation below 1 (1 means no gaps between the kernel's taps): raise "
    "ValueError when dilation < 1"
)
def dilation_below_1_accepted(size, kernel, padding=0, stride=1, dilation=1):
    _arguments_valid(size, kernel, padding, stride, 1)
    return _output(size, kernel, padding, stride, dilation)


@mistake(
    "you return an output size below 1 when the dilated kernel is wider than the padded "
    "input: there is no valid position then; raise ValueError"
)
def output_below_1_accepted(size, kernel, padding=0, stride=1, dilation=1):
    _arguments_valid(size, kernel, padding, stride, dilation)
    return _numerator(size, kernel, padding, dilation) // stride + 1


@mistake(
    "you raise when the output is 1, but a kernel exactly as wide as the padded input fits "
    "once: raise ValueError only when the output would be below 1"
)
def output_of_1_rejected(size, kernel, padding=0, stride=1, dilation=1):
    _arguments_valid(size, kernel, padding, stride, dilation)
    output = _numerator(size, kernel, padding, dilation) // stride + 1
    if output <= 1:
        raise ValueError("the output would be too small")
    return output


# -- the formula


@mistake(
    "you divide with / and return a float: an output size is a whole number of positions; "
    "floor-divide with // (or int(math.floor(...))) and return an int"
)
def true_division_gives_a_float(size, kernel, padding=0, stride=1, dilation=1):
    _arguments_valid(size, kernel, padding, stride, dilation)
    numerator = _numerator(size, kernel, padding, dilation)
    if numerator < 0:
        raise ValueError("the output would be smaller than 1")
    return numerator / stride + 1


@mistake(
    "you cancel the -1 and the +1 before the floor, floor((W + 2P - D(K-1)) / S): that is one "
    "too few when the stride does not divide evenly; floor((W + 2P - D(K-1) - 1) / S), then + 1"
)
def minus_1_and_plus_1_cancelled(size, kernel, padding=0, stride=1, dilation=1):
    _arguments_valid(size, kernel, padding, stride, dilation)
    numerator = _numerator(size, kernel, padding, dilation)
    if numerator < 0:
        raise ValueError("the kernel does not fit")
    return (numerator + 1) // stride


@mistake(
    "you round the division by the stride to the nearest whole number: the last partial window "
    "is dropped, so round DOWN (floor) after dividing, then add 1"
)
def rounded_to_nearest(size, kernel, padding=0, stride=1, dilation=1):
    _arguments_valid(size, kernel, padding, stride, dilation)
    numerator = _numerator(size, kernel, padding, dilation)
    if numerator < 0:
        raise ValueError("the output would be smaller than 1")
    return round(numerator / stride) + 1


@mistake(
    "you round the division by the stride up (PyTorch's ceil_mode): by default the last partial "
    "window is dropped, so round DOWN (floor) after dividing, then add 1"
)
def rounded_up(size, kernel, padding=0, stride=1, dilation=1):
    _arguments_valid(size, kernel, padding, stride, dilation)
    numerator = _numerator(size, kernel, padding, dilation)
    if numerator < 0:
        raise ValueError("the output would be smaller than 1")
    return -(-numerator // stride) + 1


@mistake(
    "you truncate toward zero (int() of a true division): a negative numerator then gives 1 "
    "instead of an error; use a true floor (//), or check that the kernel fits, and raise ValueError"
)
def truncated_toward_zero(size, kernel, padding=0, stride=1, dilation=1):
    _arguments_valid(size, kernel, padding, stride, dilation)
    return _at_least_1(int(_numerator(size, kernel, padding, dilation) / stride) + 1)


@mistake("you add the padding once: it is added on BOTH sides, so the padded width is size + 2*padding")
def padding_on_one_side(size, kernel, padding=0, stride=1, dilation=1):
    _arguments_valid(size, kernel, padding, stride, dilation)
    return _at_least_1((size + padding - dilation * (kernel - 1) - 1) // stride + 1)


@mistake(
    "you take the dilated kernel as dilation*kernel positions wide: with dilation D it spans "
    "D*(kernel - 1) + 1 positions (its taps and the D - 1 gaps between each two)"
)
def dilated_kernel_spans_dilation_times_kernel(size, kernel, padding=0, stride=1, dilation=1):
    _arguments_valid(size, kernel, padding, stride, dilation)
    return _at_least_1((size + 2 * padding - dilation * kernel) // stride + 1)


@mistake(
    "you ignore the dilation: a dilated kernel spans dilation*(kernel - 1) + 1 input positions, "
    "not kernel; use PyTorch's formula with its dilation term"
)
def dilation_ignored(size, kernel, padding=0, stride=1, dilation=1):
    _arguments_valid(size, kernel, padding, stride, dilation)
    return _output(size, kernel, padding, stride, 1)


# -- several mistakes at once, as learners often write them


@mistake(
    "you check only that the output is at least 1: check the arguments first, and raise "
    "ValueError for size, kernel, stride or dilation < 1, or padding < 0"
)
def only_the_output_checked(size, kernel, padding=0, stride=1, dilation=1):
    return _output(size, kernel, padding, stride, dilation)


@mistake(
    "you check nothing: raise ValueError for size, kernel, stride or dilation < 1, padding < 0, "
    "or a dilated kernel wider than the padded input (an output below 1)"
)
def arguments_not_checked(size, kernel, padding=0, stride=1, dilation=1):
    return _numerator(size, kernel, padding, dilation) // stride + 1


@mistake(
    "you use the cheat sheet's (W - K + 2P)/S + 1 as written: it returns a float, ignores the "
    "dilation and checks nothing; use floor((W + 2P - D(K-1) - 1) / S) + 1 with //, and validate"
)
def cheat_sheet_formula(size, kernel, padding=0, stride=1, dilation=1):
    return (size - kernel + 2 * padding) / stride + 1
