"""Reports a CI system reads: JUnit XML, a GitHub step summary, GitHub workflow-command annotations.

Each is built from the same ``KataResult`` list as the text report and the
``kata-results/1`` document (``harness.report``); none runs anything.
"""

from __future__ import annotations

import ast
import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from harness.report import summary
from harness.results import KataResult, TestOutcome
from harness.source import read_learner_file

# Characters XML 1.0 forbids (section 2.2, production Char): C0 controls other than
# tab, newline and carriage return, lone surrogates, U+FFFE and U+FFFF.
XML_FORBIDDEN = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
SUITES_NAME = "ml-katas"
LOAD_CASE = "loads"  # the test case of a kata whose file did not load, so ran no hidden test
TIMING_CASE = "timing"
EMOJI = {
    "pass": "✅",
    "fail": "❌",
    "slow": "🐢",
    "error": "💥",
    "timeout": "⏱️",
    "not_started": "⬜",
}
ANNOTATED = {"fail": "error", "error": "error", "timeout": "error", "slow": "warning"}
BRIEF_CHARS = 300  # a kata's line under the step summary's table, at most


# -- JUnit XML ---------------------------------------------------------------------------


def xml_text(text: str) -> str:
    """text without the characters XML 1.0 forbids (a learner may print any of them)."""
    return XML_FORBIDDEN.sub("", text)


def _time(seconds: float) -> str:
    """Seconds as a plain decimal to the millisecond ("0.412", "12.5", "0"), as junit-10.xsd's
    pattern wants (at most three decimals): no exponent, never negative or nan. The exact
    timing figures are in the suite's properties."""
    if not math.isfinite(seconds) or seconds <= 0:
        return "0"
    return f"{seconds:.3f}".rstrip("0").rstrip(".") or "0"


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    """A child element whose text and attribute values hold only characters XML allows."""
    element = ET.SubElement(parent, tag, {key: xml_text(value) for key, value in attributes.items()})
    if text:
        element.text = xml_text(text)
    return element


def _case(suite: ET.Element, slug: str, name: str, seconds: float = 0.0) -> ET.Element:
    return _add(suite, "testcase", classname=f"katas.{slug}", name=name, time=_time(seconds))


def _failure_text(test: TestOutcome) -> str:
    """A failing test's message, then what its diagnosis says and finds, each once."""
    lines = [test.message]
    if test.diagnosis is not None:
        lines += [test.diagnosis.says, test.diagnosis.detail]
    return "\n".join(dict.fromkeys(line for line in lines if line))


def _test_case(suite: ET.Element, slug: str, test: TestOutcome) -> None:
    case = _case(suite, slug, test.name)
    if not test.ran:
        _add(case, "skipped", test.message, message=test.message)
    elif test.status in ("error", "timeout"):
        _add(case, "error", test.message, message=test.message, type=test.status)
    elif test.status != "pass":
        kind = "not_started" if test.not_implemented else "fail"
        _add(case, "failure", _failure_text(test), message=test.message, type=kind)


def _kata_case(suite: ET.Element, result: KataResult) -> None:
    """The kata's own test case, where its status is not told by its hidden tests alone.

    "loads" for a kata that ran no hidden test (its file did not load, or the grader
    failed first); "timing" for one that passed them and was timed, or failed in timing.
    """
    slug, status, message = result.kata.slug, result.status, result.message
    tests_failed = any(test.status != "pass" for test in result.tests)
    if not result.tests:
        case = _case(suite, slug, LOAD_CASE, result.duration_seconds)
        if status == "not_started":
            _add(case, "failure", message, message=message, type="not_started")
        elif status in ("error", "timeout"):
            _add(case, "error", message, message=message, type=status)
        elif status != "pass":
            _add(case, "failure", message, message=message, type=status)
    elif status == "slow":
        seconds = result.timing.learner_seconds if result.timing else 0.0
        _add(_case(suite, slug, TIMING_CASE, seconds), "failure", message, message=message, type="slow")
    elif status == "pass" and result.timing is not None:
        _case(suite, slug, TIMING_CASE, result.timing.learner_seconds)
    elif status in ("error", "timeout") and not tests_failed:  # timing failed, or the grader did
        _add(_case(suite, slug, TIMING_CASE), "error", message, message=message, type=status)


def _properties(suite: ET.Element, result: KataResult, seed: int, sandbox: str) -> None:
    values = {
        "status": result.status,
        "points": str(result.kata.points),
        "earned": str(result.earned),
        "seed": str(seed),
        "sandbox": sandbox,
        "grader_fault": str(result.grader_fault).lower(),
    }
    if result.timing is not None:
        timing = result.timing.as_json()
        values.update({key: repr(timing[key]) for key in ("learner_seconds", "reference_seconds")})
        values.update({key: repr(timing[key]) for key in ("ratio", "max_ratio")})
    properties = _add(suite, "properties")
    for name, value in values.items():
        _add(properties, "property", name=name, value=value)


def _count(suite: ET.Element, tag: str) -> int:
    return len(suite.findall(f"testcase/{tag}"))


def _suite(root: ET.Element, result: KataResult, seed: int, sandbox: str) -> ET.Element:
    suite = _add(root, "testsuite", name=result.kata.slug)
    _properties(suite, result, seed, sandbox)
    for test in result.tests:
        _test_case(suite, result.kata.slug, test)
    _kata_case(suite, result)
    if result.output:
        _add(suite, "system-out", result.output)
    counts = {tag: _count(suite, tag) for tag in ("failure", "error", "skipped")}
    suite.set("tests", str(len(suite.findall("testcase"))))
    suite.set("failures", str(counts["failure"]))
    suite.set("errors", str(counts["error"]))
    suite.set("skipped", str(counts["skipped"]))
    suite.set("time", _time(result.duration_seconds))
    return suite


def junit_xml(results: list[KataResult], seed: int, sandbox: str) -> str:
    """The results as a JUnit XML document (a string, with its XML declaration).

    One ``<testsuite>`` per kata (its properties: status, points, earned, seed,
    sandbox, grader_fault and, when timed, learner_seconds, reference_seconds,
    ratio, max_ratio; the learner's printed output in ``<system-out>``) and one
    ``<testcase>`` per hidden test, classname ``katas.<slug>``, with ``<failure>``
    (type fail, or not_started), ``<error>`` (type error or timeout) or
    ``<skipped>`` (not run). A kata that ran no hidden test has a test case
    "loads"; one that was timed, or failed in timing, a test case "timing"
    (``<failure type="slow">`` when too slow). Hidden tests are not timed one by
    one: their time is 0, the suite's is the kata's.

    The format is the one Jenkins' JUnit and xunit plugins read, as its schema
    ``junit-10.xsd`` (jenkinsci/xunit-plugin) defines it: ``<testsuites>`` carries
    name, tests, failures, errors and time only (that schema has no ``skipped``
    there; each suite has its own). Characters XML 1.0 forbids are removed.
    """
    root = ET.Element("testsuites", name=SUITES_NAME)
    suites = [_suite(root, result, seed, sandbox) for result in results]
    for key in ("tests", "failures", "errors"):
        root.set(key, str(sum(int(suite.get(key, "0")) for suite in suites)))
    root.set("time", _time(sum(result.duration_seconds for result in results)))
    ET.indent(root)
    return XML_DECLARATION + ET.tostring(root, encoding="unicode") + "\n"


# -- GitHub step summary -----------------------------------------------------------------


def markdown_cell(text: str) -> str:
    """text for a GitHub-flavoured Markdown table cell: HTML and ``|`` escaped, lines as <br>."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("|", "\\|")
    return "<br>".join(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def brief(result: KataResult) -> str:
    """A kata's verdict in a line: its message, then what its lead diagnosis says."""
    lead = result.diagnosis.diagnosis.says if result.diagnosis is not None else ""
    parts = [part for part in (result.message, lead) if part]
    text = ": ".join(parts) or result.status.replace("_", " ")
    return text if len(text) <= BRIEF_CHARS else text[: BRIEF_CHARS - 3] + "..."


def _row(result: KataResult) -> str:
    tests = result.tests
    passed = sum(1 for test in tests if test.status == "pass")
    timing = result.timing
    cells = [
        result.kata.slug,
        f"{EMOJI[result.status]} {result.status.replace('_', ' ')}",
        f"{passed}/{len(tests)}" if tests else "–",
        f"{timing.ratio:.2f}× (at most {timing.max_ratio:g}×)" if timing else "–",
        f"{result.earned}/{result.kata.points}",
    ]
    return "| " + " | ".join(markdown_cell(cell) for cell in cells) + " |"


def step_summary(results: list[KataResult], seed: int) -> str:
    """GitHub-flavoured Markdown for ``$GITHUB_STEP_SUMMARY``: score, a table, what went wrong.

    The heading gives the score (earned/points and a percentage); the table has one
    row per kata (kata, status with its emoji, tests passed, timing ratio, points);
    below it, one line per kata that did not pass, with its lead diagnosis or
    message. Text from a learner's code is escaped for table cells (see markdown_cell).
    """
    totals = summary(results)
    percent = round(100 * totals["earned"] / totals["points"]) if totals["points"] else 0
    lines = [
        f"## ml-katas: {totals['earned']}/{totals['points']} points ({percent}%)",
        "",
        f"{totals['total']} katas, seed {seed}",
        "",
        "| kata | status | tests passed | ratio | points |",
        "| --- | --- | --- | --- | --- |",
        *[_row(result) for result in results],
    ]
    failed = [result for result in results if result.status != "pass"]
    if failed:
        lines.append("")
        for result in failed:
            emoji = EMOJI[result.status]
            lines.append(f"- {emoji} **{markdown_cell(result.kata.slug)}**: {markdown_cell(brief(result))}")
    return "\n".join(lines) + "\n"


# -- GitHub workflow-command annotations ---------------------------------------------------


def escape_data(text: str) -> str:
    """A workflow command's message escaped as GitHub's toolkit does (@actions/core escapeData)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value escaped as @actions/core's escapeProperty does."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation_path(path: Path, root: Path) -> str:
    """path relative to root with forward slashes; path as given when it is not under root."""
    for candidate, base in ((path, root), (path.resolve(), root.resolve())):
        try:
            return candidate.relative_to(base).as_posix()
        except ValueError:
            continue
    return path.as_posix()


def def_line(path: Path, slug: str) -> int:
    """The line of ``def <slug>(`` in the learner's file; 1 when it does not parse or has none."""
    source, _ = read_learner_file(path)
    if source is None:
        return 1
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return 1
    functions = (ast.FunctionDef, ast.AsyncFunctionDef)
    found = [node for node in tree.body if isinstance(node, functions) and node.name == slug]
    found = found or [node for node in ast.walk(tree) if isinstance(node, functions) and node.name == slug]
    return found[0].lineno if found else 1


def named_line(result: KataResult, path: Path) -> int | None:
    """The line of the learner's file that the kata's message (or lead diagnosis) names, if any.

    Messages name it as Python's tracebacks do: ``softmax.py, line 9``; the last
    mention is the innermost frame.
    """
    texts = [result.message]
    if result.diagnosis is not None:
        texts.append(result.diagnosis.diagnosis.detail)
    pattern = re.compile(re.escape(path.name) + r", line (\d+)")
    for text in texts:
        lines = pattern.findall(text)
        if lines and int(lines[-1]) >= 1:
            return int(lines[-1])
    return None


def _annotation(result: KataResult, files: dict[str, Path], root: Path) -> str:
    slug = result.kata.slug
    level = ANNOTATED[result.status]
    properties = {"title": f"{slug}: {result.status}"}
    path = files.get(slug)
    if path is not None and not result.grader_fault:  # a grader fault is not the file's fault
        line = named_line(result, path) or def_line(path, slug)
        properties = {"file": annotation_path(path, root), "line": str(line), **properties}
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{level} {joined}::{escape_data(brief(result))}"


def annotations(results: list[KataResult], files: dict[str, Path], root: Path) -> list[str]:
    """GitHub Actions workflow commands, one line each, annotating the katas that did not pass.

    ``::error file=PATH,line=N,title=SLUG: STATUS::MESSAGE`` for fail, error and
    timeout, ``::warning ...`` for slow; not_started and pass get none. PATH is the
    learner's file relative to root, N the line an error names in it, else the line
    of ``def <slug>(``. A grader fault is annotated without file or line. Values are
    escaped as GitHub's workflow-command documentation and toolkit (@actions/core)
    do: ``%``, CR and LF in the message; also ``:`` and ``,`` in properties.
    """
    return [_annotation(result, files, root) for result in results if result.status in ANNOTATED]
