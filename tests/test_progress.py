"""harness.progress: the next kata in catalog order, skipping passed ones."""

from __future__ import annotations

from harness.catalog import load_catalog
from harness.progress import NOT_TIMED, label, next_kata, recorded_status, sections, tally

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


def test_a_pass_not_timed_is_not_passed():
    state = _state(**{ORDER[0]: NOT_TIMED})
    assert next_kata(KATAS, state).slug == ORDER[0]
    assert (
        recorded_status("pass", timed=False) == NOT_TIMED and recorded_status("fail", timed=False) == "fail"
    )
    assert label(NOT_TIMED) == "pass (not timed)"


def test_sections_count_katas_passed_and_points_earned_only_for_timed_passes():
    first, second = KATAS[ORDER[0]], KATAS[ORDER[1]]
    state = _state(**{first.slug: "pass", second.slug: NOT_TIMED})
    tallies = {t.title: t for t in sections(KATAS, state)}
    assert [t.title for t in sections(KATAS, state)] == list(
        dict.fromkeys(k.section_title for k in KATAS.values())
    )
    mine = tallies[first.section_title]
    assert (mine.passed, mine.earned) == (1, first.points)
    whole = tally("all", list(KATAS.values()), state)
    assert (whole.passed, whole.earned, whole.points) == (
        1,
        first.points,
        sum(k.points for k in KATAS.values()),
    )
