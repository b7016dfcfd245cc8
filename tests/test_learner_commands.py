"""The learner's loop beyond `check`: next, progress, list, hint, solution, completion, --version.

And the dead ends of a first session: a workspace found from inside it, hints that
repeat the -w DIR the learner typed, the same section labels in `list` and `show`.
"""

from __future__ import annotations

import dataclasses
import importlib.metadata
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from harness.catalog import SECTIONS, load_catalog
from harness.cli import main
from harness.cli_common import SLUG
from harness.progress import NOT_TIMED

KATAS = load_catalog()
SLUGS = list(KATAS)
PLAIN = {"COLUMNS": "200", "NO_COLOR": None, "FORCE_COLOR": None, "KATA_WORKSPACE": None}


def kata(*args: str, env: dict | None = None):
    """The command line in process, its output as it would be in a pipe (no terminal)."""
    return CliRunner().invoke(main, list(args), env={**PLAIN, **(env or {})}, catch_exceptions=False)


def fresh(tmp_path: Path, *slugs: str) -> Path:
    workspace = tmp_path / "ws"
    assert kata("init", *slugs, "-w", str(workspace)).exit_code == 0
    return workspace


def set_status(workspace: Path, **statuses: str) -> None:
    path = workspace / ".kata" / "state.json"
    state = json.loads(path.read_text())
    for slug, status in statuses.items():
        state["katas"].setdefault(slug, {})["status"] = status
    path.write_text(json.dumps(state))


def commands_in(text: str) -> list[list[str]]:
    """The `kata ...` commands a message suggests, as argument lists."""
    return [shlex.split(found)[1:] for found in re.findall(r"`(kata [^`]*)`", text)]


# -- kata next, kata progress, kata list ----------------------------------------------------


def test_next_in_a_fresh_workspace_is_the_first_kata_and_repeats_the_workspace(tmp_path: Path):
    workspace = fresh(tmp_path)
    result = kata("next", "-w", str(workspace))
    assert result.exit_code == 0
    first = SLUGS[0]
    assert result.output.startswith(f"Next: `kata show {first} -w {workspace}`")
    assert f"`kata check {first} -w {workspace}`" in result.output


def test_next_skips_passed_katas_and_offers_a_pass_not_timed_again(tmp_path: Path):
    workspace = fresh(tmp_path)
    set_status(workspace, **{SLUGS[0]: "pass", SLUGS[1]: NOT_TIMED})
    result = kata("next", "-w", str(workspace))
    assert f"{SLUGS[1]} is correct but was not timed: `kata check {SLUGS[1]} -w {workspace}`" in result.output
    set_status(workspace, **dict.fromkeys(SLUGS, "pass"))
    assert kata("next", "-w", str(workspace)).output.startswith("Every kata has passed.")


def section_of(slug: str) -> list:
    """Every kata of slug's section (a section grows as katas are added)."""
    return [k for k in KATAS.values() if k.section == KATAS[slug].section]


def test_progress_counts_points_only_for_timed_passes(tmp_path: Path):
    workspace = fresh(tmp_path)
    passed, untimed = section_of("softmax"), section_of("scaled_dot_product_attention")
    set_status(workspace, **dict.fromkeys([k.slug for k in passed], "pass"))
    set_status(workspace, **dict.fromkeys([k.slug for k in untimed], NOT_TIMED))
    output = kata("progress", "-w", str(workspace)).output
    total, earned = sum(k.points for k in KATAS.values()), sum(k.points for k in passed)
    assert output.splitlines()[0] == f"{len(passed)} of {len(KATAS)} katas passed, {earned}/{total} points"
    sections = {line.split("  ")[0]: line for line in output.splitlines()}
    full = rf"\[#{{10}}\]\s+{len(passed)}/{len(passed)} passed\s+{earned}/{earned} points?$"
    assert re.search(full, sections[passed[0].section_title])
    none = rf"\[-{{10}}\]\s+0/{len(untimed)} passed\s+0/{sum(k.points for k in untimed)} points?$"
    assert re.search(none, sections[untimed[0].section_title])


def test_list_shows_a_pass_not_timed_and_a_seen_solution(tmp_path: Path):
    workspace = fresh(tmp_path)
    set_status(workspace, softmax=NOT_TIMED)
    assert kata("solution", "iou", "--force", "-w", str(workspace)).exit_code == 0
    rows = {line.split()[0]: line for line in kata("list", "-w", str(workspace)).output.splitlines()}
    assert "pass (not timed)" in rows["softmax"]
    assert "new, solution seen" in rows["iou"]


LONG = "scaled_dot_product_attention"


@pytest.mark.parametrize("command", [["list"], ["progress"], ["next"], ["hint", LONG, "--all"]])
def test_narrow_terminals_get_whole_words_within_the_width(tmp_path: Path, command: list):
    workspace = fresh(tmp_path)
    set_status(workspace, softmax=NOT_TIMED)
    kata("hint", LONG, "-w", str(workspace))
    wide = kata(*command, "-w", str(workspace)).output
    narrow = kata(*command, "-w", str(workspace), env={"COLUMNS": "40"}).output
    assert narrow.split() == wide.split()  # the same words: none was broken or cut
    too_long = [line for line in narrow.splitlines() if len(line) > 40 and " " in line and "`" not in line]
    assert not too_long, "\n".join(too_long)
    assert not [line for line in narrow.splitlines() if line != line.rstrip()]  # no trailing blanks


def test_plain_output_has_no_colour_and_no_symbols(tmp_path: Path):
    workspace = fresh(tmp_path)
    set_status(workspace, softmax="pass")
    for command in (["list"], ["progress"], ["solution", "softmax"]):
        output = kata(*command, "-w", str(workspace)).output
        assert "\x1b[" not in output and "✓" not in output and "━" not in output


def in_a_terminal(args: list[str], cwd: Path, **env: str) -> str:
    """python -m harness ARGS with a pseudo-terminal as its stdout; what it printed."""
    pty = pytest.importorskip("pty")
    leader, follower = pty.openpty()
    environment = {
        k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "KATA_WORKSPACE")
    }
    environment.update(COLUMNS="100", PYTHONIOENCODING="utf-8", **env)
    try:
        subprocess.run(
            [sys.executable, "-m", "harness", *args], stdout=follower, cwd=cwd, env=environment, timeout=60
        )
    finally:
        os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the terminal is closed and drained
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return b"".join(chunks).decode("utf-8")


def test_a_terminal_gets_colour_and_symbols_unless_no_color_is_set(tmp_path: Path):
    workspace = fresh(tmp_path)
    set_status(workspace, **dict.fromkeys([k.slug for k in section_of("softmax")], "pass"))  # a full bar
    coloured = in_a_terminal(["list", "-w", str(workspace)], tmp_path)
    assert "\x1b[" in coloured and "✓ pass" in coloured and "━" in coloured
    plain = in_a_terminal(["list", "-w", str(workspace)], tmp_path, NO_COLOR="1")
    assert "\x1b[" not in plain and "✓" not in plain and "[##########]" in plain


# -- kata check: the kata edited last, and what comes after a pass ---------------------------


def test_check_without_a_slug_in_a_fresh_workspace_checks_the_first_kata_not_the_last_stub(tmp_path: Path):
    workspace = fresh(tmp_path)
    result = kata("check", "--format", "json", "--no-timing", "-w", str(workspace))
    assert [k["slug"] for k in json.loads(result.stdout)["katas"]] == [SLUGS[0]]
    assert result.stderr.startswith(f"No kata edited yet: checking {SLUGS[0]}")


def test_check_without_a_slug_skips_unedited_stubs_however_recent(tmp_path: Path):
    workspace = fresh(tmp_path)
    edited = workspace / "iou.py"
    edited.write_text(edited.read_text() + "# started\n")
    os.utime(edited, (1_000_000, 1_000_000))  # older than every stub, yet the only edited file
    result = kata("check", "--format", "json", "--no-timing", "-w", str(workspace))
    assert [k["slug"] for k in json.loads(result.stdout)["katas"]] == ["iou"]
    assert result.stderr == ""


def test_a_pass_points_to_the_next_kata_with_the_workspace_named(tmp_path: Path):
    workspace = fresh(tmp_path)
    shutil.copy(ROOT / "solutions" / "softmax.py", workspace / "softmax.py")
    result = kata("check", "softmax", "-w", str(workspace))
    assert result.exit_code == 0, result.output
    following = SLUGS[SLUGS.index("softmax") + 1]
    last = "Next: " + " ".join(result.stdout.split("Next:")[-1].split())  # one paragraph, however wrapped
    assert last.startswith(f"Next: `kata show {following} -w {workspace}`"), last
    assert (
        json.loads((workspace / ".kata" / "state.json").read_text())["katas"]["softmax"]["status"] == "pass"
    )


def test_a_pass_without_timing_is_recorded_as_not_timed(tmp_path: Path):
    workspace = fresh(tmp_path, "softmax")
    shutil.copy(ROOT / "solutions" / "softmax.py", workspace / "softmax.py")
    result = kata("check", "softmax", "--no-timing", "-w", str(workspace))
    assert result.exit_code == 0  # the check itself passed: CI's exit code is unchanged
    assert "Correct, but not timed (--no-timing)" in result.stdout.splitlines()[-1]
    state = json.loads((workspace / ".kata" / "state.json").read_text())
    assert state["katas"]["softmax"]["status"] == NOT_TIMED
    set_status(workspace, **dict.fromkeys(SLUGS[: SLUGS.index("softmax")], "pass"))  # the katas before it
    assert kata("next", "-w", str(workspace)).output.startswith("Next: softmax is correct but was not timed")


def test_an_untimed_check_of_a_file_that_passed_with_timing_keeps_its_pass(tmp_path: Path):
    """A new user's `kata grade --no-timing` turned every timed pass into "not timed" (0 points in
    `kata progress`); only a changed file loses its timed pass."""
    workspace = fresh(tmp_path, "softmax")
    shutil.copy(ROOT / "solutions" / "softmax.py", workspace / "softmax.py")

    def status() -> str:
        return json.loads((workspace / ".kata" / "state.json").read_text())["katas"]["softmax"]["status"]

    assert kata("check", "softmax", "-w", str(workspace)).exit_code == 0 and status() == "pass"
    assert kata("check", "softmax", "--no-timing", "-w", str(workspace)).exit_code == 0
    assert status() == "pass"
    with open(workspace / "softmax.py", "a", encoding="utf-8") as learner:
        learner.write("\n# edited\n")
    assert kata("check", "softmax", "--no-timing", "-w", str(workspace)).exit_code == 0
    assert status() == NOT_TIMED


# -- kata hint -------------------------------------------------------------------------------


def test_hint_all_shows_the_hints_seen_so_far(tmp_path: Path):
    workspace = fresh(tmp_path, "iou")
    hints = KATAS["iou"].hints
    assert kata("hint", "iou", "--all", "-w", str(workspace)).output.startswith("No hint seen yet")
    kata("hint", "iou", "-w", str(workspace))
    kata("hint", "iou", "-w", str(workspace))
    shown = kata("hint", "iou", "--all", "-w", str(workspace)).output
    assert shown.count("Hint ") == 2 and shown.startswith(f"Hint 1 of {len(hints)} for iou")
    assert f"Hint 2 of {len(hints)}" in shown and "Hint 3" not in shown
    third = kata("hint", "iou", "-w", str(workspace)).output  # --all did not move on
    assert third.startswith(f"Hint 3 of {len(hints)}")


def test_hint_works_before_init_without_creating_anything(tmp_path: Path):
    missing = tmp_path / "not-yet"
    for _ in range(2):
        result = kata("hint", "softmax", "-w", str(missing))
        assert result.exit_code == 0
        assert result.output.startswith("Hint 1 of")
        assert f"hints are remembered after `kata init -w {missing}`" in " ".join(result.output.split())
    assert not missing.exists()


# -- kata solution ---------------------------------------------------------------------------


def test_solution_is_refused_before_a_pass_in_one_line_that_says_how(tmp_path: Path):
    workspace = fresh(tmp_path)
    set_status(workspace, softmax=NOT_TIMED)
    result = kata("solution", "softmax", "-w", str(workspace))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "but without timing" in result.stderr
    assert f"`kata solution softmax --force -w {workspace}`" in result.stderr


def test_solution_after_a_timed_pass_or_with_force_is_the_reference(tmp_path: Path):
    workspace = fresh(tmp_path)
    reference = (ROOT / "solutions" / "iou.py").read_text()
    forced = kata("solution", "iou", "--force", "-w", str(workspace))
    assert forced.exit_code == 0 and forced.stdout == reference  # exactly the file, in a pipe
    assert json.loads((workspace / ".kata" / "state.json").read_text())["katas"]["iou"]["solution_seen"]
    set_status(workspace, softmax="pass")
    passed = kata("solution", "softmax", "-w", str(workspace))
    assert passed.stdout == (ROOT / "solutions" / "softmax.py").read_text()
    assert (
        "solution_seen"
        not in json.loads((workspace / ".kata" / "state.json").read_text())["katas"]["softmax"]
    )


# -- no dead ends ----------------------------------------------------------------------------


def test_every_command_run_inside_the_workspace_finds_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    project = tmp_path / "project"
    project.mkdir()
    monkeypatch.chdir(project)
    assert kata("init", "softmax").exit_code == 0  # ./workspace, the default
    inner = project / "workspace" / "notes"
    inner.mkdir()
    for where in (project, project / "workspace", inner):
        monkeypatch.chdir(where)
        for command in (["list"], ["next"], ["progress"], ["hint", "softmax"], ["show", "softmax"]):
            result = kata(*command)
            assert result.exit_code == 0, (where, command, result.output)
            assert "no workspace" not in result.output.lower() and "No file yet" not in result.output
        assert kata("init", "softmax").output.startswith("kept")
    assert not (project / "workspace" / "workspace").exists() and not (inner / "workspace").exists()


def test_check_run_inside_the_workspace_checks_its_files(tmp_path: Path):
    workspace = fresh(tmp_path, "softmax")
    shutil.copy(ROOT / "solutions" / "softmax.py", workspace / "softmax.py")
    environment = {k: v for k, v in os.environ.items() if k != "KATA_WORKSPACE"}
    completed = subprocess.run(
        [sys.executable, "-m", "harness", "check", "--no-timing"],
        cwd=workspace,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "  PASS" in completed.stdout.splitlines()
    assert (
        json.loads((workspace / ".kata" / "state.json").read_text())["katas"]["softmax"]["status"]
        == NOT_TIMED
    )


def test_with_no_workspace_anywhere_the_default_is_still_dot_workspace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "softmax"], env=PLAIN)
    assert result.exit_code == 2 and "no workspace at workspace; run `kata init`" in result.output


def test_every_command_a_message_suggests_runs(tmp_path: Path):
    """Each `kata ...` in the output of init, show, list, next, hint and a refusal is a usable command."""
    workspace = tmp_path / "a folder" / "ws"  # a space: the suggested -w must be quoted
    outputs = [kata("init", "-w", str(workspace)).output]
    for command in (
        ["show", "softmax"],
        ["list"],
        ["next"],
        ["progress"],
        ["hint", "iou"],
        ["solution", "iou"],
    ):
        outputs.append(kata(*command, "-w", str(workspace)).output)
    suggested = [args for output in outputs for args in commands_in(output)]
    assert ["check", "softmax", "-w", str(workspace)] in suggested
    for args in suggested:
        if args[0] not in main.commands or "SLUG" in args:
            continue  # a command of another part of the issue (reset), or a placeholder
        if args[0] == "check":
            args = [*args, "--no-timing"]
        result = kata(*args)
        assert result.exit_code in (0, 1), (args, result.output)  # never a usage error
        assert "no workspace" not in result.output


def test_list_and_show_name_each_section_alike():
    listed = kata("list", "-w", "/nonexistent-kata-workspace").output
    for slug, found in KATAS.items():
        assert found.section_title in listed
        assert f"[{slug}: {found.section_title}," in kata("show", slug).output
    assert "snippets" not in listed


# -- completion and version ------------------------------------------------------------------


def test_slugs_complete_from_what_was_typed():
    items = SLUG.shell_complete(None, None, "s")  # type: ignore[arg-type]
    assert [item.value for item in items] == [s for s in SLUGS if s.startswith("s")]
    assert items[0].help == KATAS[items[0].value].title
    assert SLUG.shell_complete(None, None, "zz") == []  # type: ignore[arg-type]


def test_bash_completion_of_a_slug_through_the_real_command_line(tmp_path: Path):
    environment = {
        **os.environ,
        "_KATA_COMPLETE": "bash_complete",
        "COMP_WORDS": "kata show softm",
        "COMP_CWORD": "2",
    }
    completed = subprocess.run(
        [sys.executable, "-m", "harness"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.splitlines() == ["plain,softmax"]


def test_version_prints_the_package_version():
    result = kata("--version")
    assert result.exit_code == 0
    assert result.output == f"kata, version {importlib.metadata.version('ml-katas')}\n"


def test_list_with_sixty_katas_keeps_each_to_its_section_and_within_the_width(tmp_path: Path, monkeypatch):
    """The catalog will hold about 60 katas: the list stays grouped, in order, and fits."""
    import harness.cli_learn

    real = list(KATAS.values())
    many = {}
    for number in range(60):
        model = real[number % len(real)]
        slug = f"{model.slug[:20]}_{number}"
        many[slug] = dataclasses.replace(model, slug=slug, title=f"{model.title} {number}")
    ordered = dict(sorted(many.items(), key=lambda item: list(SECTIONS).index(item[1].section)))
    workspace = fresh(tmp_path)
    monkeypatch.setattr(harness.cli_learn, "catalog", lambda: ordered)
    for columns in ("80", "40"):
        output = kata("list", "-w", str(workspace), env={"COLUMNS": columns}).output
        lines = output.splitlines()
        assert lines[0] == f"0 of 60 katas passed, 0/{sum(k.points for k in many.values())} points"
        too_long = [
            line for line in lines if len(line) > int(columns) and " " in line and "`kata" not in line
        ]
        assert not too_long, "\n".join(too_long)  # a path, or a command to copy, is never broken
        shown = [line.split()[0] for line in lines if line.startswith("  ") and line.split()[0] in many]
        assert shown == list(ordered)  # each kata once, grouped by section, in catalog order
    only = kata("list", "--section", "cnn", "-w", str(workspace)).output
    listed = {line.split()[0] for line in only.splitlines() if line.startswith("  ")} & set(many)
    assert (
        listed == {slug for slug, k in many.items() if k.section == "cnn"} and "Neural networks" not in only
    )


def test_list_takes_a_section_by_key_or_title_and_an_empty_one_says_so(tmp_path: Path):
    workspace = fresh(tmp_path, "softmax")
    by_title = kata("list", "-s", "Neural networks", "-w", str(workspace))
    assert (
        by_title.exit_code == 0 and by_title.output == kata("list", "-s", "nn", "-w", str(workspace)).output
    )
    empty = [key for key in SECTIONS if all(k.section != key for k in KATAS.values())]
    if empty:  # a section --help offers that holds no kata yet
        result = kata("list", "-s", empty[0], "-w", str(workspace))
        assert result.exit_code == 0 and result.output.startswith(f"No kata in {SECTIONS[empty[0]]} yet")
    unknown = kata("list", "-s", "deep", "-w", str(workspace))
    assert unknown.exit_code == 2 and "monitoring (ML system design)" in unknown.output


def test_show_wraps_its_prose_at_the_width_and_keeps_formulas_as_written(tmp_path: Path):
    attention = KATAS["scaled_dot_product_attention"]
    shown = kata("show", attention.slug, "-w", str(tmp_path / "ws"), env={"COLUMNS": "60"}).output
    lines = shown.splitlines()
    assert len(lines[0]) <= 60 and lines[0].startswith(attention.title)  # the header wraps
    opening = re.search(r"\s+".join(map(re.escape, attention.description.split()[:4])), shown)
    description = shown[opening.start() : shown.index(f"\ndef {attention.slug}")]
    assert max(len(line) for line in description.splitlines()) <= 60  # the description wraps
    assert " ".join(description.split()) == " ".join(attention.description.split())  # every word, in order
    assert attention.formula.strip().splitlines()[0] in shown  # formulas are not reflowed


def test_a_kata_calling_a_stub_it_imports_fails_naming_that_stub_not_as_not_started(tmp_path: Path):
    """The README suggests `from softmax import softmax` in attention: a reset softmax is at fault."""
    workspace = fresh(tmp_path, "softmax", "scaled_dot_product_attention")
    (workspace / "scaled_dot_product_attention.py").write_text(
        "import numpy as np\n\nfrom softmax import softmax\n\n\n"
        "def scaled_dot_product_attention(Q, K, V, mask=None):\n"
        "    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])\n"
        "    if mask is not None:\n"
        "        scores = np.where(mask, scores, -np.inf)\n"
        "    return softmax(scores, axis=-1) @ V\n",
        encoding="utf-8",
    )
    options = ["--no-timing", "--format", "json", "-w", str(workspace)]
    (report,) = json.loads(kata("check", "scaled_dot_product_attention", *options).output)["katas"]
    assert report["status"] == "fail"
    stub = "softmax.py, which your code calls, still raises NotImplementedError"
    assert stub in report["tests"][0]["message"]
    own = kata("check", "softmax", *options)
    assert json.loads(own.output)["katas"][0]["status"] == "not_started"  # its own stub is still not started
