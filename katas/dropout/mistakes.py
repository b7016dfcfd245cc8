"""Mistake models of the dropout kata: what a learner who makes each mistake returns.

Each function takes dropout's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input. Keep a wrong
learner file under tests/submissions/dropout/ for each model.
"""

from harness.diagnosis import mistake


@mistake("TODO: the mistake in words a learner understands, and what to do instead")
def TODO_name_of_the_mistake(x, p, rng, training=True):
    raise NotImplementedError("TODO: the wrong answer this mistake gives")
