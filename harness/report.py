"""Reports of a check: text for a person, the ``kata-results/1`` JSON document for tools."""

from __future__ import annotations

import json
import sys
from typing import Any

from harness.results import STATUSES, KataResult

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
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 1e-3:
        return f"{value * 1e3:.3g} ms"
    return f"{value * 1e6:.3g} µs"


STATUS_WORDS = {
    "pass": "PASS",
    "fail": "FAIL",
    "slow": "SLOW (correct, too slow)",
    "error": "ERROR",
    "timeout": "TIMEOUT",
    "not_started": "NOT STARTED",
}


def kata_text(result: KataResult) -> list[str]:
    kata, marks = result.kata, _marks()
    lines = [f"{kata.slug} ({kata.section}, difficulty {kata.difficulty})"]
    shown_tests = [] if result.status == "not_started" else result.tests
    for test in shown_tests:
        reason = f": {test.message}" if test.status != "pass" and test.message else ""
        lines.append(f"  {marks.get(test.status, '?')} {test.name}{reason}")
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
        lines.extend(f"    | {line}" for line in result.output.splitlines()[:12])
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
