"""Mistake models of the positional_encoding kata: what a learner who makes each mistake returns.

Each function takes positional_encoding's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input. Keep a wrong
learner file under tests/submissions/positional_encoding/ for each model.
"""

import numpy as np

from harness.diagnosis import mistake


def _table(max_len, d_model, exponents, sine_columns=slice(0, None, 2), cosine_columns=slice(1, None, 2)):
    """The encoding with the angle pos / 10000^exponents[j] in column j."""
    angles = np.arange(max_len, dtype=np.float64)[:, None] / np.power(10000.0, exponents)
    encoding = np.empty((max_len, d_model))
    encoding[:, sine_columns] = np.sin(angles[:, sine_columns])
    encoding[:, cosine_columns] = np.cos(angles[:, cosine_columns])
    return encoding


@mistake(
    "your column j uses the exponent j/d_model, so each cosine column has its own angle; columns "
    "2i and 2i + 1 share one angle, pos / 10000^(2i/d_model): use 2 * (j // 2) for both"
)
def column_index_as_the_exponent(max_len, d_model):
    return _table(max_len, d_model, np.arange(d_model) / d_model)


@mistake(
    "your exponent is i/d_model for the pair i, without the 2: the wavelengths grow half as fast; "
    "the angle of columns 2i and 2i + 1 is pos / 10000^(2i/d_model)"
)
def pair_index_without_the_2(max_len, d_model):
    return _table(max_len, d_model, (np.arange(d_model) // 2) / d_model)


@mistake(
    "your sines fill the first half of the columns and the cosines the second half; the paper "
    "interleaves them: sine in the even columns 2i, cosine of the same angle in the odd ones"
)
def sines_then_cosines(max_len, d_model):
    half = (d_model + 1) // 2
    exponents = 2 * np.arange(half) / d_model
    angles = np.arange(max_len, dtype=np.float64)[:, None] / np.power(10000.0, exponents)
    return np.concatenate([np.sin(angles), np.cos(angles[:, : d_model - half])], axis=1)


@mistake(
    "you put the cosine in the even columns and the sine in the odd ones; the even columns 2i hold the sine"
)
def cosine_in_the_even_columns(max_len, d_model):
    exponents = 2 * (np.arange(d_model) // 2) / d_model
    return _table(
        max_len, d_model, exponents, sine_columns=slice(1, None, 2), cosine_columns=slice(0, None, 2)
    )


@mistake(
    "your table of angles has one column per sine column, which does not fit the cosine columns "
    "when d_model is odd; the last column of an odd d_model is a sine with no cosine partner"
)
def angles_for_the_sine_columns_only(max_len, d_model):
    positions = np.arange(max_len, dtype=np.float64)[:, None]
    division = np.exp(np.arange(0, d_model, 2) * (-np.log(10000.0) / d_model))
    encoding = np.zeros((max_len, d_model))
    encoding[:, 0::2] = np.sin(positions * division)
    encoding[:, 1::2] = np.cos(positions * division)  # raises for odd d_model, as the tutorial's code
    return encoding


@mistake("your positions start at 1; the first row is position 0 (sines 0, cosines 1)")
def positions_from_one(max_len, d_model):
    return _table(max_len + 1, d_model, 2 * (np.arange(d_model) // 2) / d_model)[1:]


@mistake(
    "your exponent 2i // d_model is an integer division, so it is 0 for every column but the "
    "last; it is the fraction 2i / d_model"
)
def integer_division_in_the_exponent(max_len, d_model):
    return _table(max_len, d_model, 2 * (np.arange(d_model) // 2) // d_model)
