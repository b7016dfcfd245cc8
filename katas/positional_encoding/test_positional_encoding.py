"""Hidden tests of the positional_encoding kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

from harness.checks import expect


def test_a_small_table_of_4_positions_and_8_columns_is_right(learner, reference):
    expect(learner, reference, 4, 8)


def test_the_first_row_is_position_0_with_sines_0_and_cosines_1(learner, reference):
    expect(learner, reference, 1, 6)


def test_each_sine_column_and_the_cosine_column_after_it_share_one_angle(learner, reference):
    expect(learner, reference, 50, 16)


def test_an_odd_d_model_ends_with_a_sine_column(learner, reference):
    expect(learner, reference, 7, 5)


def test_a_d_model_of_1_is_a_single_sine_column(learner, reference):
    expect(learner, reference, 5, 1)


def test_a_transformer_sized_table_of_512_columns_is_right(learner, reference):
    expect(learner, reference, 128, 512)


def test_positions_up_to_4095_keep_their_precision(learner, reference):
    expect(learner, reference, 4096, 8)


def test_max_len_0_gives_an_empty_table_with_d_model_columns(learner, reference):
    expect(learner, reference, 0, 6)
