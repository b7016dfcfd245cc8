"""Hidden tests of the conv_params kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's (an int, exactly) and, when they differ, names the mistake model
(mistakes.py) that the answer matches, or says precisely what differs.
"""

from harness.checks import assert_raises, expect


def test_a_3x3_convolution_from_rgb_to_64_channels_has_1792_parameters(learner, reference):
    expect(learner, reference, 3, 3, 64)


def test_an_int_kernel_size_means_a_square_kernel(learner, reference):
    for kernel, in_channels, out_channels in [(3, 64, 128), (5, 16, 32), (7, 3, 64), (2, 8, 8)]:
        expect(learner, reference, kernel, in_channels, out_channels)


def test_a_rectangular_kernel_multiplies_its_two_sides(learner, reference):
    for kernel in [(1, 7), (7, 1), (3, 5), (2, 4)]:
        expect(learner, reference, kernel, 16, 24)


def test_a_square_kernel_given_as_a_pair_counts_the_same(learner, reference):
    for kernel in [(3, 3), (1, 1), (5, 5)]:
        expect(learner, reference, kernel, 32, 48)


def test_the_bias_adds_one_parameter_per_output_channel(learner, reference):
    for in_channels, out_channels in [(3, 64), (64, 16), (10, 7)]:
        expect(learner, reference, 3, in_channels, out_channels, True)


def test_without_a_bias_only_the_weights_count(learner, reference):
    for kernel, in_channels, out_channels in [(3, 3, 64), ((1, 7), 128, 96), (1, 256, 64)]:
        expect(learner, reference, kernel, in_channels, out_channels, bias=False)


def test_groups_divide_only_the_input_channels_of_each_filter(learner, reference):
    for in_channels, out_channels, groups in [(64, 128, 2), (32, 48, 4), (12, 6, 3), (8, 8, 8)]:
        expect(learner, reference, 3, in_channels, out_channels, groups=groups)
        expect(learner, reference, (1, 3), in_channels, out_channels, bias=False, groups=groups)


def test_a_depthwise_convolution_has_k_h_times_k_w_weights_per_output_channel(learner, reference):
    expect(learner, reference, 3, 32, 32, groups=32)
    expect(learner, reference, (5, 3), 16, 64, bias=False, groups=16)  # depth multiplier 4


def test_a_1x1_convolution_mixes_channels_only(learner, reference):
    expect(learner, reference, 1, 256, 64)
    expect(learner, reference, (1, 1), 96, 24, bias=False, groups=3)


def test_the_result_is_a_python_int_not_a_float(learner, reference):
    for args in [(3, 3, 64), ((3, 5), 12, 6, False, 3), (1, 1, 1)]:
        expect(learner, reference, *args)


def test_groups_that_do_not_divide_the_input_channels_raise_value_error(learner):
    for in_channels, out_channels, groups in [(6, 8, 4), (10, 12, 4), (5, 10, 2)]:
        assert_raises(learner, ValueError, 3, in_channels, out_channels, groups=groups)


def test_groups_that_do_not_divide_the_output_channels_raise_value_error(learner):
    for in_channels, out_channels, groups in [(8, 6, 4), (12, 10, 4), (4, 5, 2)]:
        assert_raises(learner, ValueError, 3, in_channels, out_channels, groups=groups)


def test_groups_below_1_raise_value_error(learner):
    for groups in (0, -1, -2):
        assert_raises(learner, ValueError, 3, 4, 8, groups=groups)


def test_a_kernel_side_below_1_raises_value_error(learner):
    for kernel in (0, -3, (3, 0), (0, 3), (-1, 2)):
        assert_raises(learner, ValueError, kernel, 4, 8)


def test_a_channel_count_below_1_raises_value_error(learner):
    for in_channels, out_channels in [(0, 8), (4, 0), (-2, 8), (4, -4)]:
        assert_raises(learner, ValueError, 3, in_channels, out_channels)


def test_matches_the_count_on_a_random_sweep(learner, reference, rng):
    for _ in range(100):
        groups = int(rng.choice([1, 1, 2, 3, 4, 8]))
        in_channels = groups * int(rng.integers(1, 20))
        out_channels = groups * int(rng.integers(1, 20))
        sides = rng.integers(1, 8, size=2)
        kernel = int(sides[0]) if rng.uniform() < 0.5 else (int(sides[0]), int(sides[1]))
        expect(learner, reference, kernel, in_channels, out_channels, bool(rng.uniform() < 0.7), groups)
