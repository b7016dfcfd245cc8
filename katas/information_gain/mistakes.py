"""Mistake models of the information_gain kata: what a learner who makes each mistake returns.

Each function takes information_gain's arguments and computes the wrong answer
that mistake gives (or raises what it raises). The harness names a mistake only
when a learner's answer matches its model on a failing test's input.
"""

import builtins

import numpy as np

from harness.diagnosis import mistake


def _entropy(labels, log=np.log2):
    _, counts = np.unique(labels, return_counts=True)
    fractions = counts / labels.size
    return float(-np.sum(fractions * log(fractions)))


def _check(parent):
    if parent.size == 0:
        raise ValueError("empty parent")


@mistake(
    "you subtract the children's entropies unweighted: each child counts in proportion to its "
    "size, H(parent) - Σ (|child|/|parent|)·H(child)"
)
def children_not_weighted(parent, children):
    _check(parent)
    return _entropy(parent) - sum(_entropy(child) for child in children)


@mistake(
    "you use the natural log, so the gain is in nats: information gain here is in bits, "
    "with log base 2 (np.log2)"
)
def natural_log(parent, children):
    _check(parent)
    weighted = sum(child.size / parent.size * _entropy(child, np.log) for child in children)
    return _entropy(parent, np.log) - weighted


@mistake(
    "you count with np.bincount(labels - labels.min()): in a small int dtype the shift wraps "
    "(int8 100 - (-100) is -56, and bincount raises), and far-apart labels such as 0 and 10**12 "
    "need a count for every value between; count the labels present with "
    "np.unique(labels, return_counts=True)"
)
def bincount_of_shifted_labels(parent, children):
    _check(parent)
    low = parent.min()

    def entropy(labels):
        if labels.size == 0:
            return 0.0
        counts = np.bincount(labels - low)
        fractions = counts[counts > 0] / labels.size
        return float(-np.sum(fractions * np.log2(fractions)))

    return entropy(parent) - sum(child.size / parent.size * entropy(child) for child in children)


@mistake(
    "you count classes with np.bincount, which also counts the classes a node lacks, as 0, "
    "and 0·log 0 gives NaN (negative labels even raise): count only the labels present "
    "(np.unique(labels, return_counts=True)), or let 0·log 0 be 0"
)
def bincount_gives_nan_for_absent_classes(parent, children):
    _check(parent)

    def entropy(labels):
        fractions = np.bincount(labels) / labels.size
        with np.errstate(divide="ignore", invalid="ignore"):
            return float(-np.sum(fractions * np.log2(fractions)))

    return entropy(parent) - sum(child.size / parent.size * entropy(child) for child in children)


@mistake(
    "you do not reject an empty parent: a node with no labels has no entropy to gain from; "
    "raise ValueError when parent is empty"
)
def empty_parent_not_rejected(parent, children):
    weighted = sum(child.size / parent.size * _entropy(child) for child in children)
    return _entropy(parent) - weighted


@mistake(
    "you reject an empty parent, but not with ValueError (an assert, or another exception "
    "type): raise ValueError, the error the catalog asks for and callers catch for a bad value",
    error=("AssertionError", "ZeroDivisionError", "TypeError", "IndexError", "RuntimeError", "Exception"),
)
def empty_parent_rejected_with_another_error(parent, children, error="AssertionError"):
    if parent.size == 0:
        raise getattr(builtins, error)("empty parent")
    weighted = sum(child.size / parent.size * _entropy(child) for child in children)
    return _entropy(parent) - weighted


@mistake(
    "an empty child breaks your entropy (labels.min() of no labels raises): empty children are "
    "allowed and weigh 0; give an empty node entropy 0, or skip it"
)
def empty_child_raises(parent, children):
    _check(parent)

    def entropy(labels):
        labels.min()  # raises on an empty child; the counting itself is right
        return _entropy(labels)

    return entropy(parent) - sum(child.size / parent.size * entropy(child) for child in children)
