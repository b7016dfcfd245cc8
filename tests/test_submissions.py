"""Known-wrong and alternative correct learner files, through the real `kata check` path.

Every file under tests/submissions/<slug>/ is a learner file. A file named
``wrong_*.py`` must be rejected with status ``EXPECTED_STATUS`` (default "fail"),
and it declares the mistakes it makes in ``MISTAKES`` (keys of the kata's
mistakes.py, or the common ``float32``, ``in_place``, ``returns_input`` and ``warns``): the report's lead
diagnosis and its first failing test must name one of them, and no failing test
may name a mistake the file does not make. A file refused before any test runs
(a forbidden import) declares an ``EXPECTED`` phrase of its message instead.
Wrong files are checked without timing, which they never reach.

A file named ``correct_*.py``, and the reference itself, is checked with timing,
as `kata check` does, and must get its
``EXPECTED_STATUS`` (default "pass"; "slow" for a correct file over its kata's
max_ratio; a tuple of both only for a file whose measured ratio straddles
max_ratio, with a comment giving the range: benchmarks/submission_ratios.py
measures them). Each goes through run_check, the function behind `kata check`,
with its own workers and pytest session.

A timing ratio is a measurement: on a crowded machine (two runs of this suite at
once) a reference-fast file was once timed at 30x. A correct file whose verdict
is "pass" where "slow" is expected, or the reverse, is timed again, alone, up
to RETIMINGS times, and must get its expected status at least once; a file that
is really slow (or fast) gets the same verdict every time, and still fails.
"""

from __future__ import annotations

import ast
from pathlib import Path

import jsonschema
import pytest

from conftest import ROOT, SUBMISSIONS, check_many, failure_text
from harness.report import results_schema

FILES = sorted(SUBMISSIONS.glob("*/*.py"))
REFERENCES = sorted((ROOT / "solutions").glob("*.py"))
CASES = [(path.parent.name, path) for path in FILES] + [(path.stem, path) for path in REFERENCES]
TIMED_PROCESSES = 2
RETIMINGS = 2
TIMED_STATUSES = ("pass", "slow")  # the statuses a timing decides between


def _constant(path: Path, name: str, default: str | tuple | None = None) -> str | tuple | None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            return ast.literal_eval(node.value)
    return default


def _expected_statuses(path: Path) -> tuple[str, ...]:
    """The statuses a correct file (or a reference) may get."""
    expected_status = _constant(path, "EXPECTED_STATUS", "pass")
    return expected_status if isinstance(expected_status, tuple) else (expected_status,)


def _timed_verdict(document: dict) -> str:
    kata = document["katas"][0]
    return f"{kata['status']} ({kata['timing']['ratio']:.1f}x)" if kata["timing"] else kata["status"]


def _timing_disagrees(path: Path, document: dict) -> bool:
    status = document["katas"][0]["status"]
    return status in TIMED_STATUSES and status not in _expected_statuses(path)


def _named(diagnosis: dict | None) -> str | None:
    return diagnosis["mistake"] if diagnosis else None


def _assert_names_its_mistakes(path: Path, mistakes: tuple[str, ...], kata: dict) -> None:
    """The report leads with one of the file's mistakes, so does its first failing test, and no
    failing test names a mistake the file does not make."""
    failing = [t for t in kata["tests"] if t["status"] != "pass"]
    lines = "\n".join(f"  {t['name']}: [{_named(t['diagnosis'])}] {t['message']}" for t in failing)
    lead = _named(kata["diagnosis"])
    assert lead in mistakes, f"{path.name} makes {mistakes}; the report leads with {lead}:\n{lines}"
    first = _named(failing[0]["diagnosis"])
    assert first in mistakes, f"{path.name} makes {mistakes}; its first failing test names {first}:\n{lines}"
    others = {_named(t["diagnosis"]) for t in failing} - set(mistakes) - {None}
    assert not others, f"{path.name} makes {mistakes}; failing tests also name {sorted(others)}:\n{lines}"


def _assert_reads_in_ten_seconds(path: Path, text: str) -> None:
    """A file with one mistake gets a report of at most 15 lines of at most 80 columns."""
    lines = text.rstrip().splitlines()
    assert len(lines) <= 15, f"{path.name}: {len(lines)} lines:\n{text}"
    wide = [line for line in lines if len(line) > 80]
    assert not wide, f"{path.name}: lines over 80 columns:\n" + "\n".join(wide)


@pytest.fixture(scope="module")
def verdicts(request: pytest.FixtureRequest) -> dict:
    """Check every selected submission (`-k slug` runs only that kata's).

    The timed files come after the others, in a batch of their own with two
    processes, so that no other check competes for the cores while one is timed.
    """
    selected = {
        item.callspec.params["path"]
        for item in request.session.items
        if item.module is request.module and hasattr(item, "callspec")
    }
    cases = [(slug, path) for slug, path in CASES if path in selected]
    untimed = check_many([(slug, path, {}) for slug, path in cases if path.name.startswith("wrong_")])
    timed = [(slug, path, {"timing": True}) for slug, path in cases if not path.name.startswith("wrong_")]
    verdicts = check_many(timed, processes=TIMED_PROCESSES)
    earlier: dict[Path, list[str]] = {}
    for _ in range(RETIMINGS):
        again = [case for case in timed if _timing_disagrees(case[1], verdicts[case[1]][1])]
        for _, path, _ in again:
            earlier.setdefault(path, []).append(_timed_verdict(verdicts[path][1]))
        verdicts.update(check_many(again, processes=1))
    return {**untimed, **verdicts, "earlier": earlier}


@pytest.mark.timeout(900)  # the first test waits for the whole batch
@pytest.mark.parametrize(("slug", "path"), CASES, ids=[f"{s}/{p.name}" for s, p in CASES])
def test_submission_gets_its_verdict(slug: str, path: Path, verdicts: dict) -> None:
    code, document, _ = verdicts[path]
    kata = document["katas"][0]
    jsonschema.validate({k: v for k, v in document.items() if k not in ("leaks", "text")}, results_schema())
    if path.name.startswith("wrong_"):
        expected_status = _constant(path, "EXPECTED_STATUS", "fail")
        assert kata["status"] == expected_status, (
            f"{path.name}: status {kata['status']}, expected {expected_status}: {failure_text(kata)}"
        )
        assert code == 1
        mistakes = _constant(path, "MISTAKES")
        if mistakes is None:  # a file refused before any test ran: its message names the reason
            phrase = _constant(path, "EXPECTED")
            assert phrase, f"{path.name} must name its mistakes in MISTAKES (or, if refused, EXPECTED)"
            assert phrase.lower() in failure_text(kata).lower(), (
                f"{path.name}: no message names {phrase!r}:\n{failure_text(kata)}"
            )
        else:
            mistakes = (mistakes,) if isinstance(mistakes, str) else mistakes
            _assert_names_its_mistakes(path, mistakes, kata)
            if len(mistakes) == 1:
                _assert_reads_in_ten_seconds(path, document["text"])
    else:
        allowed = _expected_statuses(path)
        earlier = verdicts["earlier"].get(path, [])
        assert kata["status"] in allowed, (
            f"{path.name}: status {_timed_verdict(document)} (before: {', '.join(earlier) or 'none'}), "
            f"expected {' or '.join(allowed)}: {failure_text(kata)}"
        )
        assert kata["timing"] is not None, f"{path.name}: it was not timed"
        assert code == (0 if kata["status"] == "pass" else 1)
