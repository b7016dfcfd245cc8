"""harness.progress: the next kata in catalog order, skipping passed ones."""

from __future__ import annotations

from harness.catalog import load_catalog
from harness.progress import next_kata

KATAS = load_catalog()
ORDER = list(KATAS)


def _state(**statuses: str) -> dict:
    return {"katas": {slug: {"status": status} for slug, status in statuses.items()}}


def test_the_first_kata_comes_first_in_a_fresh_workspace():
    assert next_kata(KATAS, _state()).slug == ORDER[0]


def test_passed_katas_are_skipped_and_failed_ones_are_not():
    state = _state(**{ORDER[0]: "pass", ORDER[1]: "fail"})
    assert next_kata(KATAS, state).slug == ORDER[1]


def test_after_a_pass_the_next_one_after_it_comes_and_the_list_wraps_around():
    assert next_kata(KATAS, _state(**{ORDER[0]: "pass"}), after=ORDER[0]).slug == ORDER[1]
    assert next_kata(KATAS, _state(), after=ORDER[-1]).slug == ORDER[0]


def test_nothing_is_next_when_every_kata_passed():
    assert next_kata(KATAS, _state(**dict.fromkeys(ORDER, "pass"))) is None
