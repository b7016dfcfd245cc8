"""Every kata is done, as `rustlings dev check` checks exercises.

A half-finished kata fails here with a message that says what to add. For every kata:
kata.toml is complete (a description of a few sentences, type hints, a docstring with
shapes, two hints or more, a >>> example) and no file still says TODO; the stub renders,
raises NotImplementedError and passes ruff; at least 6 hidden tests (8 for difficulty 3)
named as sentences; the reference has the catalog's signature, runs on the bench input
and calls nothing its kata forbids; at least 3 wrong and 2 correct learner files and a
tests/test_reference_<slug>.py; every mistake model is made by a kept wrong file; and
`kata audit` leaves no unexplained survivor. tests/test_submissions.py checks that each
kept file, and the reference, gets its verdict through the real `kata check` path.
"""

from __future__ import annotations

import ast
import inspect
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import ROOT, SUBMISSIONS, declared_mistakes, run_kata
from harness import wire
from harness.audit import AuditOptions, AuditReport, run_audits
from harness.catalog import CatalogError, Kata, load_catalog, load_kata
from harness.diagnosis import kata_mistakes
from harness.proxy import import_file
from harness.render import render_stub
from harness.runner import signature_problem
from harness.scaffold import todo_lines
from harness.shortcuts import forbidden_use

CORE = {"softmax", "cross_entropy", "scaled_dot_product_attention", "adam_step", "conv_output_size", "iou"}
KATAS = list(load_catalog().values())
IDS = [kata.slug for kata in KATAS]


def test_the_catalog_has_the_core_katas():
    assert CORE <= set(load_catalog()), f"missing: {sorted(CORE - set(load_catalog()))}"


@pytest.mark.parametrize("kata", KATAS, ids=IDS)
def test_kata_toml_is_complete(kata: Kata):
    where = f"katas/{kata.slug}/kata.toml"
    assert kata.description.count(".") >= 2, f"{where}: the description needs a few sentences"
    assert all(p.annotation for p in kata.parameters), f"{where}: every parameter needs a type hint"
    assert kata.returns, f"{where}: the signature needs a return type"
    for parameter in kata.parameters:
        assert parameter.name in kata.docstring, f"{where}: the docstring does not describe {parameter.name}"
    assert "shape" in kata.docstring, f"{where}: the docstring must give the shapes"
    assert len(kata.hints) >= 2, f"{where}: at least two hints"
    assert len(kata.hints[-1]) > len(kata.hints[0]) / 2, f"{where}: the last hint should help most"
    assert kata.example.startswith(">>>"), f"{where}: the example is a >>> session"


@pytest.mark.parametrize("kata", KATAS, ids=IDS)
def test_no_file_of_the_kata_still_says_todo(kata: Kata):
    """`kata new` marks each part left to write with TODO; a kata is done when none is left."""
    files = [*kata.directory.glob("*.py"), kata.directory / "kata.toml", kata.solution_path]
    files += [*(SUBMISSIONS / kata.slug).glob("*.py"), ROOT / "tests" / f"test_reference_{kata.slug}.py"]
    left = [
        f"{path.relative_to(ROOT)} line {line}"
        for path in files
        if path.is_file()
        for line in todo_lines(path)
    ]
    left += [f"{path.relative_to(ROOT)} (rename it)" for path in (SUBMISSIONS / kata.slug).glob("*TODO*")]
    assert not left, f"{kata.slug} still has TODOs: " + ", ".join(left)


@pytest.mark.parametrize("kata", KATAS, ids=IDS)
def test_stub_renders_to_python_that_raises_not_implemented(kata: Kata):
    stub = render_stub(kata)
    tree = ast.parse(stub)
    assert ast.get_docstring(tree), "the stub has a module docstring"
    namespace: dict = {}
    exec(compile(tree, f"{kata.slug}.py", "exec"), namespace)
    function = namespace[kata.slug]
    assert signature_problem(kata, _parameters(function)) is None
    assert kata.formula.splitlines()[0].strip() in stub
    with pytest.raises(NotImplementedError):
        args, kwargs = _bench(kata)
        function(*args, **kwargs)


def test_every_stub_passes_ruff(tmp_path: Path):
    for kata in KATAS:
        (tmp_path / f"{kata.slug}.py").write_text(render_stub(kata), encoding="utf-8")
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--no-cache",
            "--isolated",
            "--select",
            "E,F,W,I,B,UP",
            "--line-length",
            "100",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_every_fresh_stub_is_reported_not_started(tmp_path: Path):
    workspace = tmp_path / "workspace"
    assert run_kata(["init"], workspace).returncode == 0
    completed = run_kata(["check", *IDS, "--format", "json"], workspace)
    document = json.loads(completed.stdout)
    statuses = {kata["slug"]: kata["status"] for kata in document["katas"]}
    assert statuses == {slug: "not_started" for slug in IDS}
    assert completed.returncode == 1


def _parameters(function) -> list[list]:
    return [
        [p.name, p.kind.name, None if p.default is inspect.Parameter.empty else repr(p.default)]
        for p in inspect.signature(function).parameters.values()
    ]


def _bench(kata: Kata):
    module = import_file(kata.bench_path, f"bench_{kata.slug}")
    return module.bench_input(kata.timing.bench_size, np.random.default_rng(0))


def _hidden_tests(kata: Kata) -> list[ast.FunctionDef]:
    tests = []
    for path in kata.test_paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        tests += [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")]
    return tests


def _parametrized_names(test: ast.FunctionDef) -> set[str]:
    names: set[str] = set()
    for decorator in test.decorator_list:
        if isinstance(decorator, ast.Call) and ast.unparse(decorator.func).endswith("parametrize"):
            first = decorator.args[0] if decorator.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                names |= {name.strip() for name in first.value.split(",")}
            elif isinstance(first, (ast.Tuple, ast.List)):
                names |= {e.value for e in first.elts if isinstance(e, ast.Constant)}
    return names


@pytest.mark.parametrize("kata", KATAS, ids=IDS)
def test_hidden_tests_are_enough_and_named_as_sentences(kata: Kata):
    tests = _hidden_tests(kata)
    needed = 8 if kata.difficulty == 3 or kata.slug in CORE else 6
    assert len(tests) >= needed, f"katas/{kata.slug}/ has {len(tests)} hidden tests; write {needed}"
    for test in tests:
        words = test.name.removeprefix("test_").split("_")
        assert len(words) >= 3, f"{test.name} is not a sentence a learner understands"
        arguments = {a.arg for a in test.args.args}
        assert "learner" in arguments, f"{test.name} never calls the learner's function"
        known = {"learner", "reference", "rng", "kata"} | _parametrized_names(test)
        assert arguments <= known, f"{test.name}: unknown fixture {sorted(arguments - known)}"


@pytest.mark.parametrize("kata", KATAS, ids=IDS)
def test_reference_has_the_catalog_signature_and_runs_on_the_bench(kata: Kata):
    module = import_file(kata.solution_path, f"reference_{kata.slug}")
    function = getattr(module, kata.slug)
    assert signature_problem(kata, _parameters(function)) is None
    assert inspect.getdoc(function), f"solutions/{kata.slug}.py: document the reference"
    args, kwargs = _bench(kata)
    function(*wire.materialise(args), **wire.materialise(kwargs))  # a SeededRng becomes a Generator


@pytest.mark.parametrize("kata", KATAS, ids=IDS)
def test_the_example_holds_for_the_reference(kata: Kata):
    """kata.toml's >>> example, which `kata show` and the stub print, run as a doctest."""
    import contextlib
    import doctest
    import io

    reference = getattr(import_file(kata.solution_path, f"example_{kata.slug}"), kata.slug)
    test = doctest.DocTestParser().get_doctest(
        kata.example, {"np": np, kata.slug: reference}, kata.slug, None, 0
    )
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        runner.run(test)
    assert runner.failures == 0, (
        f"katas/{kata.slug}/kata.toml: the example does not hold:\n{printed.getvalue()}"
    )


@pytest.mark.parametrize("kata", KATAS, ids=IDS)
def test_reference_calls_no_function_its_kata_forbids(kata: Kata):
    source = kata.solution_path.read_text(encoding="utf-8")
    assert forbidden_use(kata, source, f"solutions/{kata.slug}.py") is None


@pytest.mark.parametrize("kata", KATAS, ids=IDS)
def test_kata_has_wrong_and_correct_submissions_and_a_library_comparison(kata: Kata):
    folder = SUBMISSIONS / kata.slug
    wrong, correct = sorted(folder.glob("wrong_*.py")), sorted(folder.glob("correct_*.py"))
    assert len(wrong) >= 3, f"tests/submissions/{kata.slug}/ has {len(wrong)} wrong solutions; write 3"
    assert len(correct) >= 2, f"tests/submissions/{kata.slug}/ has {len(correct)} correct ones; write 2"
    assert (ROOT / "tests" / f"test_reference_{kata.slug}.py").is_file(), (
        f"write tests/test_reference_{kata.slug}.py comparing the reference with a library"
    )


@pytest.mark.parametrize("kata", KATAS, ids=IDS)
def test_every_mistake_model_is_made_by_a_kept_wrong_file_and_every_declared_one_exists(kata: Kata):
    """A model no kept file makes is never shown to match (a broken model would go unseen)."""
    models = {m.key for m in kata_mistakes(kata, None)}
    assert (kata.directory / "mistakes.py").is_file(), f"write katas/{kata.slug}/mistakes.py"
    declared = {
        key: path.name
        for path in (SUBMISSIONS / kata.slug).glob("wrong_*.py")
        for key in declared_mistakes(path)
    }
    unknown = sorted(set(declared) - models - {"float32", "in_place", "warns", "returns_input"})
    assert not unknown, f"tests/submissions/{kata.slug}/ declares mistakes with no model: {unknown}"
    unmade = sorted(models - set(declared))
    assert not unmade, f"katas/{kata.slug}/mistakes.py: no kept wrong file makes {unmade}; write one"


@pytest.fixture(scope="module")
def audits() -> dict[str, AuditReport]:
    """`kata audit` of every kata at once (the processes share the mutants of all)."""
    return {report.slug: report for report in run_audits(KATAS, AuditOptions())}


@pytest.mark.parametrize("kata", KATAS, ids=IDS)
def test_audit_leaves_no_unexplained_survivor(kata: Kata, audits: dict[str, AuditReport]):
    report = audits[kata.slug]
    assert not report.fault, f"kata audit {kata.slug}: {report.fault}"
    problems = [f"survived (line {r.line}): {r.key}" for r in report.survivors]
    problems += [f"stale: {entry.mutant}: {entry.why}" for entry in report.stale]
    assert not problems, (
        f"kata audit {kata.slug}: add a hidden test that kills each survivor, or list it in "
        f"katas/{kata.slug}/kata.toml as an equivalent mutant with a reason (CONTRIBUTING.md):\n"
        + "\n".join(problems)
    )


# -- validation of kata.toml ------------------------------------------------------------


def _write_kata(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "softmax"
    folder.mkdir()
    (folder / "kata.toml").write_text(text, encoding="utf-8")
    return folder


def _softmax_toml() -> str:
    return (ROOT / "katas" / "softmax" / "kata.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "phrase"),
    [
        (lambda t: t.replace("max_ratio = 5.0", ""), "[timing] has no max_ratio"),
        (lambda t: t.replace("difficulty = 1", "difficulty = 5"), "difficulty must be 1, 2 or 3"),
        (lambda t: t.replace('section = "nn"', 'section = "deep"'), "section 'deep' is not one of"),
        (lambda t: t.replace('signature = "softmax(', 'signature = "soft(', 1), "not the slug softmax"),
        (lambda t: t.replace("points = 1", 'points = "one"'), "points must be int or float"),
        (lambda t: t + "\n[[broken", "is not valid TOML"),
    ],
)
def test_a_broken_kata_toml_names_the_file_and_the_field(tmp_path: Path, change, phrase: str):
    folder = _write_kata(tmp_path, change(_softmax_toml()))
    with pytest.raises(CatalogError) as error:
        load_kata(folder)
    assert phrase in str(error.value)
    assert str(folder / "kata.toml") in str(error.value)


def test_the_real_softmax_toml_is_valid(tmp_path: Path):
    assert load_kata(_write_kata(tmp_path, _softmax_toml())).title == "Softmax"
