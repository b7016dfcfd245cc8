"""Hidden tests of the dropout kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs. Write at least 6
tests, named as sentences, covering every trap CATALOG.md names for the kata.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, assert_raises, expect


def test_TODO_a_sentence_a_learner_understands(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(3, 4)))  # TODO: inputs that tell mistakes apart


def test_TODO_the_input_is_not_modified(learner, rng):
    assert_inputs_unchanged(learner, rng.normal(size=(3, 4)))  # TODO: the kata's arguments


def test_TODO_an_input_the_catalog_says_raises(learner):
    assert_raises(learner, ValueError, np.zeros((0, 4)))  # TODO: a ValueError case of CATALOG.md
