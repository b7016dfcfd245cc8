"""TODO: the mistake this learner file makes, in one line."""

import numpy as np

MISTAKES = "TODO_name_of_the_mistake"


def dropout(
    x: np.ndarray,
    p: float,
    rng: np.random.Generator,
    training: bool = True,
) -> np.ndarray:
    raise NotImplementedError("TODO: a plausible wrong solution")
