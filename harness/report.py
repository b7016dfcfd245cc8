"""Reports of a check: text for a person, the ``kata-results/1`` JSON document for tools."""

from __future__ import annotations

import json
import sys
from typing import Any

from harness.results import STATUSES, KataResult, TestOutcome

SCHEMA = "kata-results/1"
SANDBOX_NOTE = "sandbox: none, see SECURITY.md"


def summary(results: list[KataResult]) -> dict[str, Any]:
    """Counts per status, points and score: the JSON summary, and the text report's last line."""
    counts = {status: sum(1 for r in results if r.status == status) for status in STATUSES}
    points = sum(r.kata.points for r in results)
    earned = sum(r.earned for r in results)
    return {
        "total": len(results),
        **counts,
        "points": points,
        "earned": earned,
        "score": round(earned / points, 4) if points else 0.0,
    }


def results_document(results: list[KataResult], seed: int, sandbox: str) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "seed": seed,
        "sandbox": sandbox,
        "katas": [r.as_json() for r in results],
        "summary": summary(results),
    }


def results_json(results: list[KataResult], seed: int, sandbox: str) -> str:
    return json.dumps(results_document(results, seed, sandbox), indent=2)


def _marks() -> dict[str, str]:
    encoding = (getattr(sys.stdout, "encoding", None) or "ascii").lower()
    if "utf" in encoding:
        return {"pass": "✓", "fail": "✗", "error": "!", "timeout": "⏱"}
    return {"pass": "ok", "fail": "XX", "error": "!!", "timeout": "TT"}


def _seconds(value: float) -> str:
    """A duration with three significant digits, in the unit that fits it once rounded."""
    rounded = float(f"{value:.3g}")
    if rounded >= 1:
        return f"{rounded:.3g} s"
    if rounded >= 1e-3:
        return f"{rounded * 1e3:.3g} ms"
    return f"{rounded * 1e6:.3g} µs"


STATUS_WORDS = {
    "pass": "PASS",
    "fail": "FAIL",
    "slow": "SLOW (correct, too slow)",
    "error": "ERROR",
    "timeout": "TIMEOUT",
    "not_started": "NOT STARTED",
}


OUTPUT_LINES = 12
FOLD_WORDS = {"fail": "failure", "error": "error", "timeout": "timeout"}


def _tests(count: int, with_count: bool = True) -> str:
    word = "test" if count == 1 else "tests"
    return f"{count} {word}" if with_count else word


def _test_lines(tests: list[TestOutcome]) -> list[str]:
    """One line a test; a message repeated by later tests is folded into one line after the first."""
    marks = _marks()
    groups: dict[tuple[str, str], list[TestOutcome]] = {}
    for test in tests:
        if test.status != "pass":
            groups.setdefault((test.status, test.message), []).append(test)
    lines = []
    for test in tests:
        group = groups.get((test.status, test.message), [])
        if test.status != "pass" and test is not group[0]:
            continue
        if not test.ran:
            lines.append(f"  {marks.get(test.status, '?')} {_tests(len(group))} {test.message}")
            continue
        reason = f": {test.message}" if test.status != "pass" and test.message else ""
        lines.append(f"  {marks.get(test.status, '?')} {test.name}{reason}")
        if len(group) > 1:
            more = len(group) - 1
            lines.append(f"    ... and {more} more {_tests(more, False)}: the same {FOLD_WORDS[test.status]}")
    return lines


def _output_lines(output: str) -> list[str]:
    lines = output.splitlines()
    shown = [f"    | {line}" for line in lines[:OUTPUT_LINES]]
    if len(lines) > OUTPUT_LINES:
        cut = len(lines) - OUTPUT_LINES
        shown.append(
            f"    [... {cut} more line{'s' if cut > 1 else ''} not shown; `--format json` shows more]"
        )
    return shown


def kata_text(result: KataResult) -> list[str]:
    kata = result.kata
    lines = [f"{kata.slug} ({kata.section}, difficulty {kata.difficulty})"]
    if result.status != "not_started":
        lines.extend(_test_lines(result.tests))
    if result.timing:
        timing = result.timing
        lines.append(
            f"  timing: yours {_seconds(timing.learner_seconds)}, reference "
            f"{_seconds(timing.reference_seconds)}, ratio {timing.ratio:.2f} "
            f"(at most {timing.max_ratio:g})"
        )
        if timing.learner_growth is not None:
            lines.append(
                f"  growth: yours like n^{timing.learner_growth:.1f}, the reference like "
                f"n^{timing.reference_growth:.1f}"
            )
    if result.output:
        lines.append("  your code printed:")
        lines.extend(_output_lines(result.output))
    verdict = STATUS_WORDS[result.status]
    detail = f": {result.message}" if result.message else ""
    lines.append(f"  {verdict}{detail}")
    return lines


def results_text(results: list[KataResult], sandbox: str) -> str:
    lines: list[str] = []
    for result in results:
        lines.extend(kata_text(result))
        lines.append("")
    if len(results) > 1:
        totals = summary(results)
        counts = [f"{totals[s]} {s.replace('_', ' ')}" for s in STATUSES if totals[s]]
        lines.append(
            f"{totals['total']} katas: {', '.join(counts)}; {totals['earned']}/{totals['points']} points"
        )
    if sandbox == "none":
        lines.append(SANDBOX_NOTE)
    return "\n".join(lines).rstrip() + "\n"
