"""A learner's progress: which kata comes next, and how far each section is.

Read from the workspace's state (the last status of each kata) and the catalog's
order; nothing here runs learner code.

A kata is passed only when its last check passed with timing (the DESIGN: correct
and fast enough). A check with ``--no-timing`` whose tests all pass is recorded as
``pass_not_timed`` ("pass (not timed)"): it is not passed, so ``kata next`` still
offers it and it earns no points until a timed check passes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from harness.catalog import SECTIONS, Kata, by_section

PASSED = ("pass",)
NOT_TIMED = "pass_not_timed"
LABELS = {
    "pass": "pass",
    NOT_TIMED: "pass (not timed)",
    "fail": "fail",
    "slow": "slow (correct, too slow)",
    "error": "error",
    "timeout": "timeout",
    "not_started": "not started",
    "new": "new",
}


def recorded_status(status: str, timed: bool) -> str:
    """The status a check saves in the state: a pass without timing is not a plain pass."""
    return NOT_TIMED if status == "pass" and not timed else status


def status_of(state: dict[str, Any], slug: str) -> str:
    """The kata's last recorded status ("new" when it was never checked)."""
    return str(state.get("katas", {}).get(slug, {}).get("status", "new"))


def label(status: str) -> str:
    """A status in words, as `kata list` shows it."""
    return LABELS.get(status, status.replace("_", " "))


def solution_seen(state: dict[str, Any], slug: str) -> bool:
    """True when the learner asked for the reference before passing (`kata solution --force`)."""
    return bool(state.get("katas", {}).get(slug, {}).get("solution_seen", False))


def is_passed(state: dict[str, Any], slug: str) -> bool:
    """Passed: the last check passed with timing."""
    return status_of(state, slug) in PASSED


def next_kata(katas: dict[str, Kata], state: dict[str, Any], after: str | None = None) -> Kata | None:
    """The first kata in catalog order that has not passed (after the slug `after`, when given).

    Wraps around to the start when `after` is the last unsolved one; None when all passed.
    """
    order = list(katas)
    start = order.index(after) + 1 if after in order else 0
    for slug in order[start:] + order[:start]:
        if slug != after and status_of(state, slug) not in PASSED:
            return katas[slug]
    return None


@dataclass(frozen=True)
class Tally:
    """Katas passed and points earned, of a section or of the whole catalog."""

    title: str
    katas: tuple[Kata, ...]
    passed: int
    earned: int
    points: int

    @property
    def total(self) -> int:
        """How many katas."""
        return len(self.katas)


def tally(title: str, katas: list[Kata], state: dict[str, Any]) -> Tally:
    """Katas passed and points earned among katas; a kata earns its points once passed."""
    passed = [kata for kata in katas if is_passed(state, kata.slug)]
    return Tally(
        title=title,
        katas=tuple(katas),
        passed=len(passed),
        earned=sum(kata.points for kata in passed),
        points=sum(kata.points for kata in katas),
    )


def sections(katas: dict[str, Kata], state: dict[str, Any]) -> list[Tally]:
    """Each section that has katas, in catalog order, with its katas passed and points earned."""
    return [tally(SECTIONS[key], members, state) for key, members in by_section(katas).items()]
