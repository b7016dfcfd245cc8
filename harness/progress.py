"""A learner's progress: which kata comes next, and how far each section is.

Read from the workspace's state (the last status of each kata) and the catalog's
order; nothing here runs learner code.
"""

from __future__ import annotations

from typing import Any

from harness.catalog import Kata

PASSED = ("pass",)


def status_of(state: dict[str, Any], slug: str) -> str:
    """The kata's last recorded status ("new" when it was never checked)."""
    return str(state.get("katas", {}).get(slug, {}).get("status", "new"))


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
