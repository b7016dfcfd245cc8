"""Hidden tests of the conv_output_size kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's (an int, exactly) and, when they differ, names the mistake model
(mistakes.py) that the answer matches, or says precisely what differs.
"""

from harness.checks import assert_raises, expect


def _output(size: int, kernel: int, padding: int, stride: int, dilation: int) -> int | None:
    """The output size, or None when the arguments must raise ValueError."""
    if size < 1 or kernel < 1 or stride < 1 or dilation < 1 or padding < 0:
        return None
    numerator = size + 2 * padding - dilation * (kernel - 1) - 1
    return numerator // stride + 1 if numerator >= 0 else None


def test_a_5x5_kernel_on_28_pixels_gives_24(learner, reference):
    expect(learner, reference, 28, 5)


def test_same_padding_keeps_32_pixels_at_32(learner, reference):
    expect(learner, reference, 32, 3, 1, 1)


def test_the_resnet_stem_halves_224_to_112(learner, reference):
    expect(learner, reference, 224, 7, 3, 2)


def test_the_result_is_a_python_int_not_a_float(learner, reference):
    for size, kernel, padding, stride in [(32, 3, 1, 1), (28, 5, 0, 1), (224, 7, 3, 2), (9, 3, 0, 2)]:
        expect(learner, reference, size, kernel, padding, stride)


def test_a_stride_that_does_not_divide_evenly_rounds_down(learner, reference):
    for case in [
        (10, 2, 0, 2, 1),
        (13, 2, 0, 3, 1),
        (7, 3, 0, 4, 1),
        (227, 11, 0, 4, 1),
        (11, 3, 1, 3, 1),
        (100, 5, 2, 7, 1),
    ]:
        expect(learner, reference, *case)


def test_a_short_remainder_after_the_last_stride_is_dropped(learner, reference):
    for case in [(11, 3, 1, 3, 1), (100, 5, 2, 7, 1), (9, 2, 0, 3, 1), (20, 3, 0, 4, 1)]:
        expect(learner, reference, *case)  # a remainder under half a stride: rounding up is wrong


def test_dilation_spreads_the_kernel_over_more_positions(learner, reference):
    expect(learner, reference, 32, 3, dilation=2)


def test_dilation_combines_with_padding_and_stride(learner, reference):
    for case in [(64, 3, 2, 2, 2), (50, 5, 4, 3, 3), (17, 2, 1, 2, 5), (100, 4, 0, 5, 7)]:
        expect(learner, reference, *case)


def test_a_kernel_exactly_as_wide_as_the_padded_input_gives_1(learner, reference):
    for case in [(5, 7, 1, 1, 1), (7, 7, 0, 3, 1), (1, 1, 0, 1, 1), (28, 4, 0, 1, 9), (3, 3, 1, 5, 2)]:
        expect(learner, reference, *case)


def test_a_1x1_kernel_with_a_stride_subsamples_the_input(learner, reference):
    for case in [(7, 1, 0, 2, 1), (8, 1, 0, 2, 1), (10, 1, 0, 3, 1), (1, 1, 0, 4, 1), (5, 1, 1, 1, 3)]:
        expect(learner, reference, *case)


def test_kernel_below_1_raises_value_error(learner):
    for kernel in (0, -1, -3):
        assert_raises(learner, ValueError, 10, kernel, 1, 1, 1, mistake="kernel_below_1_accepted")


def test_stride_below_1_raises_value_error(learner):
    for size, stride in ((10, 0), (10, -1), (10, -2), (3, -1)):  # (3, -1): a zero numerator gives 1
        case = (size, 3, 0 if size == 3 else 1, stride, 1)
        assert_raises(learner, ValueError, *case, mistake="stride_not_checked")


def test_dilation_below_1_raises_value_error(learner):
    for dilation in (0, -1, -2):
        assert_raises(learner, ValueError, 10, 3, 1, 1, dilation, mistake="dilation_below_1_accepted")


def test_negative_padding_raises_value_error(learner):
    for padding in (-1, -2):
        assert_raises(learner, ValueError, 10, 3, padding, 1, 1, mistake="negative_padding_accepted")


def test_size_below_1_raises_value_error(learner):
    for size in (0, -1):  # padding 1 makes room for the kernel: only the size is wrong
        assert_raises(learner, ValueError, size, 1, 1, 1, 1, mistake="size_below_1_accepted")


def test_a_kernel_wider_than_the_padded_input_raises_value_error(learner):
    for case in [(5, 8, 1, 1, 1), (4, 5, 0, 1, 1), (10, 4, 0, 1, 4), (10, 2, 0, 1, 11)]:
        assert_raises(learner, ValueError, *case, mistake="output_below_1_accepted")


def test_an_output_below_1_raises_even_with_a_large_stride(learner):
    for case in [(5, 7, 0, 3, 1), (5, 6, 0, 2, 1), (6, 4, 0, 4, 2), (2, 5, 1, 8, 1)]:
        assert_raises(learner, ValueError, *case, mistake="output_below_1_accepted")


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
        expect(learner, reference, *case)
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
        assert_raises(learner, ValueError, *case)
        checked += 1
