"""Reports of a check: text for a person, the ``kata-results/1`` JSON document for tools."""

from __future__ import annotations

import json
import re
import sys
import textwrap
from pathlib import Path
from typing import Any

from harness.paragraphs import terminal_width
from harness.results import STATUSES, KataResult, TestOutcome
from harness.timing import ratio_text

SCHEMA = "kata-results/1"
SCHEMA_FILE = Path(__file__).with_name("kata-results.schema.json")
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


def status_counts(totals: dict[str, Any]) -> str:
    """ "2 pass, 1 not started": the statuses a summary counts, in STATUSES order, zeros left out."""
    return ", ".join(f"{totals[status]} {status.replace('_', ' ')}" for status in STATUSES if totals[status])


def results_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the results document, shipped in the package."""
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


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


def format_seconds(value: float) -> str:
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


LEAD_NAMES = 4  # failing tests named under the lead diagnosis before "... and N more"
OTHER_TESTS = 3  # failing tests shown with their own message before "... and N more"
FOLD_WORDS = {"fail": "failure", "error": "error", "timeout": "timeout"}


def _tests(count: int, with_count: bool = True) -> str:
    word = "test" if count == 1 else "tests"
    return f"{count} {word}" if with_count else word


def _wrapped(text: str, first: str, rest: str) -> list[str]:
    return textwrap.wrap(
        text,
        terminal_width(),
        initial_indent=first,
        subsequent_indent=rest,
        break_on_hyphens=False,
        break_long_words=False,
    )


def _lead_lines(result: KataResult) -> list[str]:
    """ "Most likely: ..." when a mistake explains failing tests, wrapped to the terminal's width.

    "Possibly: ..." when it explains fewer than half of them: the others failed
    for a reason no mistake model knows.
    """
    lead = result.diagnosis
    if lead is None or lead.diagnosis.mistake is None:
        return []
    share = f"(matches {lead.tests} of {lead.failing} failing {_tests(lead.failing, False)})"
    likely = "Most likely" if 2 * lead.tests >= lead.failing else "Possibly"
    lines = _wrapped(f"{likely}: {lead.diagnosis.says} {share}", "  ", "  ")
    if lead.diagnosis.brief:  # where it raised, and on which inputs
        lines += _wrapped(f"Your function {lead.diagnosis.brief}", "  ", "    ")
    return lines


def _explained_by_lead(result: KataResult, test: TestOutcome) -> bool:
    lead = result.diagnosis
    return bool(
        lead is not None
        and lead.diagnosis.mistake is not None
        and test.diagnosis is not None
        and test.diagnosis.mistake == lead.diagnosis.mistake
    )


def _test_lines(result: KataResult) -> list[str]:
    """The passed tests in one line; the failing ones, those the lead explains by name only.

    A message repeated by later tests is folded into one line after the first;
    past a few, the rest are counted (`--format json` has every test).
    """
    marks = _marks()
    tests = result.tests
    passed = sum(1 for t in tests if t.status == "pass")
    lines = [f"  {marks['pass']} {_tests(passed)} passed"] if passed else []
    explained = [t for t in tests if t.status != "pass" and _explained_by_lead(result, t)]
    for test in explained[:LEAD_NAMES]:
        lines.append(f"  {marks.get(test.status, '?')} {test.name}")
    if len(explained) > LEAD_NAMES:
        lines.append(f"    ... and {len(explained) - LEAD_NAMES} more with the same mistake")
    groups: dict[tuple[str, str], list[TestOutcome]] = {}
    for test in tests:
        if test.status != "pass" and test not in explained:
            same = test.diagnosis.fold if test.diagnosis and test.diagnosis.fold else test.message
            groups.setdefault((test.status, same), []).append(test)
    ran = [group for group in groups.values() if group[0].ran]
    for group in ran[:OTHER_TESTS]:
        first = group[0]
        brief = first.diagnosis.brief if first.diagnosis and not first.diagnosis.mistake else ""
        text = f"{first.name}: {brief or first.message}" if first.message else first.name
        lines.extend(_wrapped(text, f"  {marks.get(first.status, '?')} ", "    "))
        if len(group) > 1:
            more = len(group) - 1
            lines.append(
                f"    ... and {more} more {_tests(more, False)}: the same {FOLD_WORDS[first.status]}"
            )
    rest = sum(len(group) for group in ran[OTHER_TESTS:])
    if rest:
        lines.append(
            f"    ... and {rest} more {_tests(rest, False)} that failed otherwise "
            "(`--format json` lists them)"
        )
    for group in groups.values():
        if not group[0].ran:
            first = group[0]
            lines.append(f"  {marks.get(first.status, '?')} {_tests(len(group))} {first.message}")
    return lines


WARNING = re.compile(r"^[^\n:]+:(\d+): (\w*Warning): ([^\n]*)\n(?:  [^\n]*\n?)?", re.MULTILINE)


def _split_warnings(output: str) -> tuple[str, list[str]]:
    """The output without Python's warning lines, and each distinct warning, briefly.

    ``softmax.py:9: RuntimeWarning: overflow encountered in exp`` (and the code line
    after it) becomes "overflow encountered in exp (line 9)"; the same warning on
    several lines is given once.
    """
    lines_of: dict[str, list[str]] = {}
    for match in WARNING.finditer(output):
        line, category, message = match.groups()
        brief = message if category == "RuntimeWarning" else f"{category}: {message}"
        if line not in lines_of.setdefault(brief, []):
            lines_of[brief].append(line)
    warned = [
        f"{brief} (line{'s' if len(lines) > 1 else ''} {', '.join(lines)})"
        for brief, lines in lines_of.items()
    ]
    printed = WARNING.sub("", output)
    if warned and re.fullmatch(r"\s*\[output cut: \d+ more characters\]\s*", printed):
        printed = ""  # only warnings were printed, and more of them were cut
    return printed, warned


def _cut(line: str) -> str:
    """A line of the learner's output, cut to the terminal's width (`--format json` has it whole)."""
    width = terminal_width()
    return line if len(line) <= width else line[: width - 3] + "..."


def _output_lines(output: str, slug: str) -> list[str]:
    lines = output.splitlines()
    shown = [_cut(f"    | {line}") for line in lines[:OUTPUT_LINES]]
    if len(lines) > OUTPUT_LINES:
        cut = len(lines) - OUTPUT_LINES
        more = f"`kata check {slug} --format json` shows more"
        shown.append(f"    [... {cut} more line{'s' if cut > 1 else ''} not shown; {more}]")
    return shown


def _timing_lines(timing: Any) -> list[str]:
    """The timing's lines of a kata's report, wrapped at the terminal's width."""
    ratio = ratio_text(timing.ratio, timing.max_ratio)
    texts = [
        f"timing: yours {format_seconds(timing.learner_seconds)}, reference "
        f"{format_seconds(timing.reference_seconds)}, ratio {ratio} (at most {timing.max_ratio:g})"
    ]
    if timing.uncertain:
        low, high = timing.spread
        texts.append(
            f"the ratio is uncertain: its pairs spread from {low:.2f} to {high:.2f}, on both sides of "
            f"the limit {timing.max_ratio:g}, on this machine; not judged slow "
            "(check again when it is quieter)"
        )
    if timing.printed_chars_per_call:
        cause = " (printing is slow: remove the prints)" if timing.slow_from_printing else ""
        texts.append(f"printing: {timing.printed_chars_per_call:.0f} characters a call while timed{cause}")
    if timing.learner_growth is not None and timing.reference_growth is not None:
        texts.append(
            f"growth: yours like n^{timing.learner_growth:.1f}, "
            f"the reference like n^{timing.reference_growth:.1f}"
        )
    return [line for text in texts for line in _wrapped(text, "  ", "    ")]


def kata_text(result: KataResult) -> list[str]:
    kata = result.kata
    lines = [f"{kata.slug} ({kata.section_title}, difficulty {kata.difficulty})"]
    if result.status != "not_started":
        lines.extend(_lead_lines(result))
        lines.extend(_test_lines(result))
    if result.timing:
        lines.extend(_timing_lines(result.timing))
    printed, warned = _split_warnings(result.output)
    if warned:
        lines.extend(_wrapped(f"NumPy warned: {'; '.join(warned)}", "  ", "    "))
    if printed.strip():
        lines.append("  your code printed:")
        lines.extend(_output_lines(printed, kata.slug))
    verdict = STATUS_WORDS[result.status]
    detail = f": {result.message}" if result.message else ""
    lines.extend(_wrapped(f"{verdict}{detail}", "  ", "    "))
    return lines


def results_text(results: list[KataResult], sandbox: str) -> str:
    lines: list[str] = []
    for result in results:
        lines.extend(kata_text(result))
        lines.append("")
    if len(results) > 1:
        totals = summary(results)
        lines.append(
            f"{totals['total']} katas: {status_counts(totals)}; {totals['earned']}/{totals['points']} points"
        )
    if sandbox == "none":
        lines.append(SANDBOX_NOTE)
    return "\n".join(lines).rstrip() + "\n"
