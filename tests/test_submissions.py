"""Known-wrong and alternative correct learner files, through the real `kata check` path.

Every file under tests/submissions/<slug>/ is a learner file. A file named
``wrong_*.py`` must be rejected, and some failing test's message (or the kata's
message) must contain its ``EXPECTED`` phrase, which names its trap; the status
must be ``EXPECTED_STATUS`` (default "fail"). A file named ``correct_*.py``, and
the reference itself, must pass. Each goes through run_check, the function
behind `kata check`, with its own workers and pytest session, without timing.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import ROOT, SUBMISSIONS, check_many, failure_text

FILES = sorted(SUBMISSIONS.glob("*/*.py"))
REFERENCES = sorted((ROOT / "solutions").glob("*.py"))
CASES = [(path.parent.name, path) for path in FILES] + [(path.stem, path) for path in REFERENCES]


def _constant(path: Path, name: str, default: str | None = None) -> str | None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            return ast.literal_eval(node.value)
    return default


@pytest.fixture(scope="module")
def verdicts(request: pytest.FixtureRequest) -> dict:
    """Check every selected submission at once (`-k slug` runs only that kata's)."""
    selected = {
        item.callspec.params["path"]
        for item in request.session.items
        if item.module is request.module and hasattr(item, "callspec")
    }
    return check_many([(slug, path, {}) for slug, path in CASES if path in selected])


@pytest.mark.timeout(900)  # the first test waits for the whole batch
@pytest.mark.parametrize(("slug", "path"), CASES, ids=[f"{s}/{p.name}" for s, p in CASES])
def test_submission_gets_its_verdict(slug: str, path: Path, verdicts: dict) -> None:
    code, document, _ = verdicts[path]
    kata = document["katas"][0]
    if path.name.startswith("wrong_"):
        expected_status = _constant(path, "EXPECTED_STATUS", "fail")
        phrase = _constant(path, "EXPECTED")
        assert phrase, f"{path.name} must name its trap in EXPECTED"
        assert kata["status"] == expected_status, (
            f"{path.name}: status {kata['status']}, expected {expected_status}: {failure_text(kata)}"
        )
        assert code == 1
        assert phrase.lower() in failure_text(kata).lower(), (
            f"{path.name}: no message names the trap {phrase!r}:\n{failure_text(kata)}"
        )
    else:
        assert kata["status"] == "pass", f"{path.name}: {kata['status']}: {failure_text(kata)}"
        assert code == 0
