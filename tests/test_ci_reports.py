"""The reports CI systems read: JUnit XML, the GitHub step summary, workflow-command annotations.

Results are built directly (no learner code runs), one kata in each status. The
JUnit document is read back with junitparser (the parser behind EnricoMi's
publish-unit-test-result-action) and validated with xmlschema against
tests/data/junit-ml-katas.xsd (see tests/data/README.md).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import xmlschema
from junitparser import Error, Failure, JUnitXml, Skipped

from harness import ci_reports
from harness import results as kata_results
from harness.catalog import load_catalog
from harness.diagnosis import Diagnosis
from harness.results import KataResult
from harness.timing import TimingResult

Outcome = kata_results.TestOutcome  # as TestOutcome, pytest would try to collect it
verdict = kata_results.tests_verdict

KATAS = load_catalog()
SCHEMA = Path(__file__).parent / "data" / "junit-ml-katas.xsd"
SEED = 20240611
SAYS = "you take the log of the probabilities without clipping them away from 0"
OUTPUT = "epoch 1\x00\x07 \x1b[31mred\x1b[0m ]]> done\x0b\n"
SYNTAX = "adam_step.py, line 3: syntax error: invalid syntax"


def _passing(count: int) -> list[Outcome]:
    return [Outcome(f"case {index}", "pass") for index in range(count)]


def _failing_with_a_diagnosis() -> KataResult:
    tests = _passing(3)
    for index in range(2):
        diagnosis = Diagnosis.of(f"your result is wrong at [{index}]", "value", [("no_clip", SAYS)])
        tests.append(Outcome(f"clips {index}", "fail", "wrong", diagnosis=diagnosis))
    result = verdict(KATAS["cross_entropy"], tests)
    result.output = OUTPUT
    return result


def _timed_out() -> KataResult:
    first = Outcome("first", "timeout", "your function ran past the time limit of 1 s")
    later = [
        Outcome(f"later {i}", "timeout", "not run: the kata had already timed out", ran=False)
        for i in range(3)
    ]
    return verdict(KATAS["scaled_dot_product_attention"], [first, *later])


def _not_started() -> KataResult:
    stubs = [Outcome(f"stub {i}", "fail", "NotImplementedError", not_implemented=True) for i in range(2)]
    return verdict(KATAS["conv_output_size"], stubs)


def all_statuses() -> list[KataResult]:
    """pass (timed), fail with a diagnosis, slow, error (did not load), timeout, not_started."""
    passed = KataResult(KATAS["softmax"], "pass", "", _passing(4), TimingResult(3e-6, 2.5e-6, 1.2, 5.0), 0.4)
    slow = KataResult(KATAS["iou"], "slow", "correct, but 12.0x slower", _passing(2))
    slow.timing = TimingResult(1.2e-3, 1e-4, 12.0, 5.0)
    loads = KataResult(KATAS["adam_step"], "error", SYNTAX, duration_seconds=0.05)
    return [passed, _failing_with_a_diagnosis(), slow, loads, _timed_out(), _not_started()]


def parsed(results: list[KataResult]) -> dict[str, object]:
    """junitparser's reading of the document, each suite by name."""
    return {suite.name: suite for suite in JUnitXml.fromstring(ci_reports.junit_xml(results, SEED, "none"))}


def cases(suite) -> dict[str, object]:
    return {case.name: case for case in suite}


# -- JUnit XML ---------------------------------------------------------------------------


def test_the_document_is_valid_for_the_junit_schema():
    grader = KataResult.grader_error(KATAS["softmax"], "katas/softmax/test_softmax.py does not collect")
    document = ci_reports.junit_xml([*all_statuses(), grader], SEED, "bwrap")
    xmlschema.XMLSchema(SCHEMA).validate(document)


JENKINS_XSD = Path(__file__).resolve().parents[1] / ".cache" / "junit-10.xsd"


@pytest.mark.skipif(
    not JENKINS_XSD.exists(),
    reason="Jenkins' junit-10.xsd is fetched at install time: run python tests/data/fetch_junit_xsd.py "
    "(it takes the file from pytest's sdist; .ci/run does it)",
)
def test_the_document_is_valid_for_jenkins_junit_10_xsd():
    grader = KataResult.grader_error(KATAS["softmax"], "katas/softmax/test_softmax.py does not collect")
    jenkins = xmlschema.XMLSchema(JENKINS_XSD)
    jenkins.validate(ci_reports.junit_xml([*all_statuses(), grader], SEED, "bwrap"))
    document = ci_reports.junit_xml(all_statuses(), SEED, "none")
    broken = document.replace("<testsuites ", '<testsuites skipped="3" ')
    assert not jenkins.is_valid(broken)  # the real schema, not a rubber stamp


def test_the_schema_rejects_what_jenkins_junit_10_rejects():
    document = ci_reports.junit_xml(all_statuses(), SEED, "none").replace(
        '<testsuites name="ml-katas"', '<testsuites name="ml-katas" skipped="3"'
    )
    assert not xmlschema.XMLSchema(SCHEMA).is_valid(document)  # the schema is not a rubber stamp


def test_each_kata_is_a_suite_and_each_hidden_test_a_case():
    results = all_statuses()
    suites = parsed(results)
    assert list(suites) == [result.kata.slug for result in results]
    failing = suites["cross_entropy"]
    assert list(cases(failing)) == [test.name for test in results[1].tests]
    assert {case.classname for case in failing} == {"katas.cross_entropy"}


def test_suite_counts_match_their_cases_and_the_root_adds_them_up():
    document = ci_reports.junit_xml(all_statuses(), SEED, "none")
    root = ET.fromstring(document)
    counted = {"tests": 0, "failures": 0, "errors": 0}
    for suite in root.findall("testsuite"):
        own = {
            "tests": len(suite.findall("testcase")),
            "failures": len(suite.findall("testcase/failure")),
            "errors": len(suite.findall("testcase/error")),
            "skipped": len(suite.findall("testcase/skipped")),
        }
        assert {key: int(suite.get(key)) for key in own} == own, suite.get("name")
        for key in counted:
            counted[key] += own[key]
    assert {key: int(root.get(key)) for key in counted} == counted


def test_the_counts_are_what_each_status_means():
    suites = parsed(all_statuses())
    found = {name: (s.tests, s.failures, s.errors, s.skipped) for name, s in suites.items()}
    assert found == {
        "softmax": (5, 0, 0, 0),  # 4 tests and a passing "timing"
        "cross_entropy": (5, 2, 0, 0),
        "iou": (3, 1, 0, 0),  # 2 tests and a failing "timing"
        "adam_step": (1, 0, 1, 0),  # "loads"
        "scaled_dot_product_attention": (4, 0, 1, 3),
        "conv_output_size": (2, 2, 0, 0),
    }


def test_a_failing_test_carries_its_message_and_the_diagnosis():
    case = cases(parsed(all_statuses())["cross_entropy"])["clips 0"]
    (failure,) = case.result
    assert isinstance(failure, Failure) and failure.type == "fail" and failure.message == SAYS
    assert "your result is wrong at [0]" in failure.text


def test_tests_not_run_after_a_timeout_are_skipped_and_say_why():
    suite = cases(parsed(all_statuses())["scaled_dot_product_attention"])
    (first,) = suite["first"].result
    assert isinstance(first, Error) and first.type == "timeout"
    (later,) = suite["later 0"].result
    assert isinstance(later, Skipped) and later.message == "not run: the kata had already timed out"


def test_a_stub_fails_as_not_started():
    (failure,) = cases(parsed(all_statuses())["conv_output_size"])["stub 0"].result
    assert failure.type == "not_started"


@pytest.mark.parametrize(
    ("status", "kind", "tag"),
    [("error", "error", Error), ("timeout", "timeout", Error), ("not_started", "not_started", Failure)],
)
def test_a_kata_that_ran_no_test_has_one_case_loads_with_its_message(status, kind, tag):
    result = KataResult(KATAS["adam_step"], status, SYNTAX)
    (case,) = parsed([result])["adam_step"]
    (outcome,) = case.result
    assert (case.name, type(outcome), outcome.type, outcome.message) == ("loads", tag, kind, SYNTAX)


def test_a_slow_kata_fails_its_timing_case_and_a_timed_pass_passes_it():
    suites = parsed(all_statuses())
    (slow,) = cases(suites["iou"])["timing"].result
    assert isinstance(slow, Failure) and slow.type == "slow" and slow.message == "correct, but 12.0x slower"
    timed = cases(suites["softmax"])["timing"]
    assert timed.is_passed and timed.time == 0.0  # 3 µs, to the millisecond as junit-10.xsd wants


def test_timing_that_fails_after_the_tests_passed_is_an_error_of_the_timing_case():
    result = KataResult(KATAS["softmax"], "error", "timing: your code crashed", _passing(2))
    (error,) = cases(parsed([result])["softmax"])["timing"].result
    assert isinstance(error, Error) and error.message == "timing: your code crashed"


def test_properties_round_trip():
    suites = parsed(all_statuses())
    timed = {prop.name: prop.value for prop in suites["softmax"].properties()}
    assert timed == {
        "status": "pass",
        "points": "1",
        "earned": "1",
        "seed": str(SEED),
        "sandbox": "none",
        "grader_fault": "false",
        "learner_seconds": "3e-06",
        "reference_seconds": "2.5e-06",
        "ratio": "1.2",
        "max_ratio": "5.0",
    }
    untimed = {prop.name for prop in suites["adam_step"].properties()}
    assert untimed == {"status", "points", "earned", "seed", "sandbox", "grader_fault"}


def test_a_grader_fault_is_an_error_and_a_property():
    result = KataResult.grader_error(KATAS["softmax"], "katas/softmax/test_softmax.py does not collect")
    suite = parsed([result])["softmax"]
    (error,) = cases(suite)["loads"].result
    assert isinstance(error, Error) and "grader error" in error.message
    assert {prop.name: prop.value for prop in suite.properties()}["grader_fault"] == "true"


def test_printed_output_goes_to_system_out_without_characters_xml_forbids():
    root = ET.fromstring(ci_reports.junit_xml(all_statuses(), SEED, "none"))
    printed = [suite.findtext("system-out") for suite in root.findall("testsuite")]
    assert printed == [None, "epoch 1 [31mred[0m ]]> done\n", None, None, None, None]


def test_control_characters_in_a_message_are_dropped_not_fatal():
    result = KataResult(KATAS["softmax"], "error", "raised ValueError: bad\x00byte\x1f")
    (error,) = cases(parsed([result])["softmax"])["loads"].result
    assert error.message == "raised ValueError: badbyte"


# -- GitHub step summary -----------------------------------------------------------------


def table_rows(markdown: str) -> list[list[str]]:
    rows = [line for line in markdown.splitlines() if line.startswith("| ")][2:]  # header and rule
    return [[cell.strip() for cell in row.strip("|").split(" | ")] for row in rows]


def test_the_heading_gives_the_score():
    heading = ci_reports.step_summary(all_statuses(), SEED).splitlines()[0]
    assert heading == "## ml-katas: 1/10 points (10%)"  # softmax's 1 point of 1+2+2+2+2+1


def test_the_table_has_one_row_per_kata_with_status_tests_ratio_and_points():
    rows = table_rows(ci_reports.step_summary(all_statuses(), SEED))
    assert [row[0] for row in rows] == [result.kata.slug for result in all_statuses()]
    assert rows[0] == ["softmax", "✅ pass", "4/4", "1.20× (at most 5×)", "1/1"]
    assert rows[3] == ["adam_step", "💥 error", "–", "–", "0/2"]
    assert [row[1].split()[0] for row in rows] == ["✅", "❌", "🐢", "💥", "⏱️", "⬜"]


def test_a_cell_escapes_pipes_newlines_and_html():
    assert ci_reports.markdown_cell("a|b\r\nc <module>") == "a\\|b<br>c &lt;module&gt;"


def test_each_kata_not_passed_gets_one_line_with_its_lead_diagnosis_or_message():
    results = all_statuses()
    results[3].message = "loading | failed\nbadly"
    lines = [line for line in ci_reports.step_summary(results, SEED).splitlines() if line.startswith("- ")]
    assert [line.split("**")[1] for line in lines] == [r.kata.slug for r in results[1:]]
    assert lines[0] == f"- ❌ **cross_entropy**: 2 of 5 hidden tests failed: {SAYS}"
    assert lines[2] == "- 💥 **adam_step**: loading \\| failed<br>badly"


# -- annotations -------------------------------------------------------------------------

SOURCE = '"""My softmax."""\n\nimport numpy as np\n\n\ndef softmax(x, axis=-1):\n    return x\n'


def failing_softmax(message: str = "1 of 4 hidden tests failed") -> KataResult:
    return KataResult(KATAS["softmax"], "fail", message, _passing(3))


def test_the_line_is_the_def_of_the_kata_function(tmp_path):
    path = tmp_path / "work" / "softmax.py"
    path.parent.mkdir()
    path.write_text(SOURCE, encoding="utf-8")
    (line,) = ci_reports.annotations([failing_softmax()], {"softmax": path}, tmp_path)
    assert line == "::error file=work/softmax.py,line=6,title=softmax%3A fail::1 of 4 hidden tests failed"


def test_a_line_the_error_names_wins_over_the_def(tmp_path):
    path = tmp_path / "adam_step.py"
    path.write_text("def adam_step(:\n", encoding="utf-8")
    result = KataResult(KATAS["adam_step"], "error", SYNTAX)
    (line,) = ci_reports.annotations([result], {"adam_step": path}, tmp_path)
    assert line.startswith("::error file=adam_step.py,line=3,")


def test_messages_and_properties_are_escaped_as_githubs_toolkit_does():
    assert ci_reports.escape_data("50% done: a, b\r\nnext") == "50%25 done: a, b%0D%0Anext"
    assert ci_reports.escape_property("50% done: a, b\nnext") == "50%25 done%3A a%2C b%0Anext"


def test_an_annotation_escapes_its_message_and_title(tmp_path):
    path = tmp_path / "softmax.py"
    path.write_text(SOURCE, encoding="utf-8")
    result = failing_softmax("100% wrong: 3, 4\nsee above")
    (line,) = ci_reports.annotations([result], {"softmax": path}, tmp_path)
    assert line.endswith(",title=softmax%3A fail::100%25 wrong: 3, 4%0Asee above")


def test_a_file_outside_root_keeps_the_path_as_given(tmp_path):
    path = tmp_path / "elsewhere" / "softmax.py"
    path.parent.mkdir()
    path.write_text(SOURCE, encoding="utf-8")
    (line,) = ci_reports.annotations([failing_softmax()], {"softmax": path}, tmp_path / "root")
    assert line.startswith(f"::error file={ci_reports.escape_property(path.as_posix())},line=6,")


@pytest.mark.parametrize(
    "source", ["def softmax(x:\n    return x\n", "def other(x):\n    return x\n"], ids=["no-parse", "no-def"]
)
def test_a_file_that_does_not_parse_or_lacks_the_def_points_at_line_1(tmp_path, source):
    path = tmp_path / "softmax.py"
    path.write_text(source, encoding="utf-8")
    (line,) = ci_reports.annotations([failing_softmax()], {"softmax": path}, tmp_path)
    assert ",line=1," in line


def test_fail_error_timeout_are_errors_slow_a_warning_pass_and_not_started_none(tmp_path):
    files = {}
    for result in all_statuses():
        files[result.kata.slug] = tmp_path / f"{result.kata.slug}.py"
        files[result.kata.slug].write_text(f"def {result.kata.slug}():\n    pass\n", encoding="utf-8")
    found = ci_reports.annotations(all_statuses(), files, tmp_path)
    titles = [(line.split()[0], line.split("title=")[1].split("::")[0]) for line in found]
    assert titles == [
        ("::error", "cross_entropy%3A fail"),
        ("::warning", "iou%3A slow"),
        ("::error", "adam_step%3A error"),
        ("::error", "scaled_dot_product_attention%3A timeout"),
    ]


def test_a_grader_fault_is_not_pinned_on_the_learners_file(tmp_path):
    result = KataResult.grader_error(KATAS["softmax"], "katas/softmax/test_softmax.py does not collect")
    (line,) = ci_reports.annotations([result], {"softmax": tmp_path / "softmax.py"}, tmp_path)
    assert line.startswith("::error title=softmax%3A error::grader error: ")
