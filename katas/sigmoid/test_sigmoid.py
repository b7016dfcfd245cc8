"""Hidden tests of the sigmoid kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.

The first test also reads what the learner's code printed during its call: a
NumPy warning goes there. Python prints a warning once per line of code in a
worker, so that test must be the first to give logits beyond +-709.78 (float64)
or +-88.7 (float32), where exp overflows: keep it first.
"""

import re

import numpy as np

from harness.checks import assert_inputs_unchanged, expect
from harness.diagnosis import Diagnosed, Diagnosis, kata_mistakes

NUMPY_WARNING = re.compile(r"RuntimeWarning: ((?:overflow|invalid value) encountered in \w+)")


def test_logits_of_plus_or_minus_1000_make_numpy_warn_nothing(learner, reference, kata):
    z = np.array([-1000.0, -720.0, -3.0, 0.0, 3.0, 720.0, 1000.0])
    printed_before = len(learner.outputs)
    expect(learner, reference, z)  # the values first: a wrong value is named by its own mistake
    warned = NUMPY_WARNING.search("".join(learner.outputs[printed_before:]))
    if warned:
        says = {m.key: m.says for m in kata_mistakes(kata, None)}["both_branches_overflow"]
        detail = f"NumPy warned during your call: {warned.group(1)}"
        raise Diagnosed(Diagnosis.of(detail, "value", [("both_branches_overflow", says)]))


def test_zero_gives_one_half(learner, reference):
    expect(learner, reference, np.array([0.0, -0.0]))


def test_matches_the_formula_on_random_logits(learner, reference, rng):
    expect(learner, reference, rng.normal(scale=3.0, size=9))


def test_negative_logits_down_to_minus_40_keep_every_digit(learner, reference, rng):
    expect(learner, reference, -rng.uniform(8.0, 40.0, size=8))


def test_very_negative_logits_give_tiny_values_not_zero(learner, reference):
    z = np.array([-50.0, -100.0, -300.0, -600.0, -705.0, -709.0, -720.0, -740.0, -744.0])
    expect(learner, reference, z)  # sigma(-720) = 2.0e-313, a subnormal float64, not 0


def test_large_positive_logits_give_one_not_nan(learner, reference):
    expect(learner, reference, np.array([1.0, 30.0, 40.0, 100.0, 709.0, 710.0, 800.0, 1000.0]))


def test_the_whole_range_from_minus_1000_to_1000_is_exact(learner, reference):
    expect(learner, reference, np.linspace(-1000.0, 1000.0, 4001))


def test_works_on_a_batch_of_any_shape(learner, reference, rng):
    expect(learner, reference, rng.normal(scale=20.0, size=(2, 3, 4)))
    expect(learner, reference, np.zeros((0, 3)))


def test_a_python_number_gives_a_python_float(learner, reference):
    for z in (0.5, -3.0, 2, -720.0, 800.0):
        expect(learner, reference, z)


def test_float32_input_works(learner, reference, rng):
    expect(learner, reference, rng.normal(scale=8.0, size=(3, 5)).astype(np.float32))


def test_float64_input_gives_a_float64_result(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(4, 2)) * 1e-3)


def test_input_is_not_modified(learner, rng):
    z = np.concatenate([-rng.uniform(1.0, 800.0, size=4), rng.uniform(1.0, 800.0, size=4)])
    assert_inputs_unchanged(learner, z)  # the values are other tests' job
