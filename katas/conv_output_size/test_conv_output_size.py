"""Hidden tests of the conv_output_size kata."""

import numpy as np

from harness.checks import answer, assert_close, assert_raises

FORMULA = (
    "use PyTorch's formula floor((size + 2*padding - dilation*(kernel - 1) - 1) / stride) + 1 "
    "with integer floor division"
)
NO_PADDING = "with no padding, stride 1 and no dilation the output is size - kernel + 1"
BOTH_SIDES = "padding is added on BOTH sides: the padded width is size + 2*padding"
INT_RESULT = (
    "an output size is a whole number of positions: return a Python int, not a float "
    "(floor-divide with //, do not divide with /)"
)
FLOOR = (
    "when the stride does not divide evenly, the last partial window is dropped: round DOWN "
    "(floor) after dividing by the stride, then add 1"
)
DILATION = (
    "a dilated kernel spans dilation*(kernel - 1) + 1 input positions, not kernel and not "
    "dilation*kernel: subtract dilation*(kernel - 1) + 1"
)
FITS_ONCE = (
    "a (dilated) kernel exactly as wide as the padded input fits exactly once, so the output "
    "is 1: neither 0 nor a ValueError (raise only when the output would be below 1)"
)
DILATED_FORMULA = (
    "dilation, padding and stride all count at once: floor((size + 2*padding - "
    "dilation*(kernel - 1) - 1) / stride) + 1"
)
ONE_BY_ONE = (
    "a 1x1 kernel fits at every position of the padded input (dilation changes nothing when there "
    "is one tap); a stride keeps the first position and every stride-th one after it"
)
TOO_SMALL = (
    "a kernel wider than the padded input has no valid position, so the output would be "
    "smaller than 1: raise ValueError"
)
TRUE_FLOOR = (
    "the numerator is negative here, and int() or truncation rounds it toward zero and gives "
    "1; use a true floor (//) or check that the dilated kernel fits in the padded input, "
    "and raise ValueError"
)
INVALID = (
    "Raise ValueError for size, kernel, stride or dilation < 1, padding < 0, or a dilated kernel "
    "wider than the padded input"
)


def _call(size: int, kernel: int, padding: int, stride: int, dilation: int) -> str:
    return f"conv_output_size({size}, {kernel}, padding={padding}, stride={stride}, dilation={dilation})"


def _result(learner, trap: str, *args: int, **kwargs: int):
    """The learner's answer; raising on valid arguments fails naming the call and the trap."""
    words = [str(a) for a in args] + [f"{k}={v}" for k, v in kwargs.items()]
    call = _call(*args) if len(args) == 5 else f"conv_output_size({', '.join(words)})"
    return answer(learner, *args, trap=f"{call} has a valid output. {trap}", **kwargs)


def _output(size: int, kernel: int, padding: int, stride: int, dilation: int) -> int | None:
    """The output size, or None when the arguments must raise ValueError."""
    if size < 1 or kernel < 1 or stride < 1 or dilation < 1 or padding < 0:
        return None
    numerator = size + 2 * padding - dilation * (kernel - 1) - 1
    return numerator // stride + 1 if numerator >= 0 else None


def test_a_5x5_kernel_on_28_pixels_gives_24(learner, reference):
    assert_close(_result(learner, NO_PADDING, 28, 5), reference(28, 5), trap=NO_PADDING)


def test_same_padding_keeps_32_pixels_at_32(learner, reference):
    assert_close(_result(learner, BOTH_SIDES, 32, 3, 1, 1), reference(32, 3, 1, 1), trap=BOTH_SIDES)


def test_the_resnet_stem_halves_224_to_112(learner, reference):
    assert_close(_result(learner, FORMULA, 224, 7, 3, 2), reference(224, 7, 3, 2), trap=FORMULA)


def test_the_result_is_a_python_int_not_a_float(learner):
    for size, kernel, padding, stride in [(32, 3, 1, 1), (28, 5, 0, 1), (224, 7, 3, 2), (9, 3, 0, 2)]:
        value = _result(learner, INT_RESULT, size, kernel, padding, stride)
        if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)):
            shown = repr(value) if isinstance(value, (float, np.floating)) else "a value"
            raise AssertionError(
                f"conv_output_size({size}, {kernel}, {padding}, {stride}) returned "
                f"{shown} of type {type(value).__name__}. {INT_RESULT}"
            )


def test_a_stride_that_does_not_divide_evenly_rounds_down(learner, reference):
    for case in [
        (10, 2, 0, 2, 1),
        (13, 2, 0, 3, 1),
        (7, 3, 0, 4, 1),
        (227, 11, 0, 4, 1),
        (11, 3, 1, 3, 1),
        (100, 5, 2, 7, 1),
    ]:
        answer = _result(learner, FLOOR, *case)
        assert_close(answer, reference(*case), trap=FLOOR, what=_call(*case))


def test_dilation_spreads_the_kernel_over_more_positions(learner, reference):
    assert_close(_result(learner, DILATION, 32, 3, dilation=2), reference(32, 3, dilation=2), trap=DILATION)


def test_dilation_combines_with_padding_and_stride(learner, reference):
    for case in [(64, 3, 2, 2, 2), (50, 5, 4, 3, 3), (17, 2, 1, 2, 5), (100, 4, 0, 5, 7)]:
        answer = _result(learner, DILATED_FORMULA, *case)
        assert_close(answer, reference(*case), trap=DILATED_FORMULA, what=_call(*case))


def test_a_kernel_exactly_as_wide_as_the_padded_input_gives_1(learner, reference):
    for case in [(5, 7, 1, 1, 1), (7, 7, 0, 3, 1), (1, 1, 0, 1, 1), (28, 4, 0, 1, 9), (3, 3, 1, 5, 2)]:
        answer = _result(learner, FITS_ONCE, *case)
        assert_close(answer, reference(*case), trap=FITS_ONCE, what=_call(*case))


def test_a_1x1_kernel_with_a_stride_subsamples_the_input(learner, reference):
    for case in [(7, 1, 0, 2, 1), (8, 1, 0, 2, 1), (10, 1, 0, 3, 1), (1, 1, 0, 4, 1), (5, 1, 1, 1, 3)]:
        answer = _result(learner, ONE_BY_ONE, *case)
        assert_close(answer, reference(*case), trap=ONE_BY_ONE, what=_call(*case))


def test_kernel_below_1_raises_value_error(learner):
    for kernel in (0, -1, -3):
        case = (10, kernel, 1, 1, 1)
        trap = f"a kernel of {kernel} makes no sense: raise ValueError when kernel < 1"
        assert_raises(learner, ValueError, *case, trap=trap)


def test_stride_below_1_raises_value_error(learner):
    for size, stride in ((10, 0), (10, -1), (10, -2), (3, -1)):  # (3, -1): a zero numerator gives 1
        case = (size, 3, 0 if size == 3 else 1, stride, 1)
        trap = (
            f"a stride of {stride} makes no sense: raise ValueError when stride < 1, before you divide by it"
        )
        assert_raises(learner, ValueError, *case, trap=trap)


def test_dilation_below_1_raises_value_error(learner):
    for dilation in (0, -1, -2):
        case = (10, 3, 1, 1, dilation)
        trap = (
            f"a dilation of {dilation} makes no sense (1 means no gaps): raise ValueError when dilation < 1"
        )
        assert_raises(learner, ValueError, *case, trap=trap)


def test_negative_padding_raises_value_error(learner):
    for padding in (-1, -2):
        case = (10, 3, padding, 1, 1)
        trap = f"a padding of {padding} makes no sense (0 means none): raise ValueError when padding < 0"
        assert_raises(learner, ValueError, *case, trap=trap)


def test_size_below_1_raises_value_error(learner):
    for size in (0, -1):
        case = (size, 1, 1, 1, 1)
        trap = (
            f"an input of size {size} makes no sense, even when padding would make room for the "
            "kernel: raise ValueError when size < 1"
        )
        assert_raises(learner, ValueError, *case, trap=trap)


def test_a_kernel_wider_than_the_padded_input_raises_value_error(learner):
    for case in [(5, 8, 1, 1, 1), (4, 5, 0, 1, 1), (10, 4, 0, 1, 4), (10, 2, 0, 1, 11)]:
        assert_raises(learner, ValueError, *case, trap=f"for {_call(*case)}: {TOO_SMALL}")


def test_an_output_below_1_raises_even_with_a_large_stride(learner):
    for case in [(5, 7, 0, 3, 1), (5, 6, 0, 2, 1), (6, 4, 0, 4, 2), (2, 5, 1, 8, 1)]:
        assert_raises(learner, ValueError, *case, trap=f"for {_call(*case)}: {TRUE_FLOOR}")


def test_matches_the_formula_on_a_random_sweep(learner, reference, rng):
    checked = 0
    while checked < 150:
        size = int(rng.integers(1, 300))
        kernel = int(rng.integers(1, 12))
        padding = int(rng.integers(0, 6))
        stride = int(rng.integers(1, 9))
        dilation = int(rng.integers(1, 6))
        case = (size, kernel, padding, stride, dilation)
        if _output(*case) is None:
            continue
        answer = _result(learner, FORMULA, *case)
        assert_close(answer, reference(*case), trap=FORMULA, what=_call(*case))
        checked += 1


def test_random_invalid_arguments_raise_value_error(learner, rng):
    checked = 0
    while checked < 60:
        size = int(rng.integers(-2, 20))
        kernel = int(rng.integers(-2, 15))
        padding = int(rng.integers(-2, 4))
        stride = int(rng.integers(-2, 8))
        dilation = int(rng.integers(-2, 5))
        case = (size, kernel, padding, stride, dilation)
        if _output(*case) is not None:
            continue
        assert_raises(learner, ValueError, *case, trap=f"{_call(*case)} has no valid output. {INVALID}")
        checked += 1
