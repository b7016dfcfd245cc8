"""How well the feedback names the mistake a kept wrong learner file makes.

Checks every tests/submissions/<slug>/wrong_*.py through run_check (the path of
`kata check`, without timing) and prints, per file, the mistakes it declares
(its MISTAKES tuple), the report's lead diagnosis, the first failing test's
diagnosis and the distinct diagnoses of its failing tests; then the figures:
the share of files whose first message names their mistake, and the mean number
of distinct diagnoses per wrong file (a named mistake counts once per key; a
diagnosis that names no mistake counts once per kind: shape, dtype, value, ...).

    python benchmarks/diagnosis_figures.py [SLUG...]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import SUBMISSIONS, check_many, declared_mistakes  # noqa: E402


def label(diagnosis: dict | None) -> str:
    if diagnosis is None:
        return "none"
    return diagnosis["mistake"] if diagnosis["mistake"] else f"<{diagnosis['kind']}>"


def findings(kata: dict) -> dict:
    """The lead, the first failing test's diagnosis and the distinct ones, as labels."""
    failing = [t for t in kata["tests"] if t["status"] != "pass"]
    first = label(failing[0]["diagnosis"]) if failing else "none"
    return {
        "lead": label(kata.get("diagnosis")),
        "first": first,
        "distinct": sorted({label(t["diagnosis"]) for t in failing}),
    }


def main(slugs: list[str]) -> None:
    files = sorted(SUBMISSIONS.glob("*/wrong_*.py"))
    files = [path for path in files if not slugs or path.parent.name in slugs]
    files = [
        path for path in files if declared_mistakes(path)
    ]  # files judged on a message (errors) have none
    verdicts = check_many([(path.parent.name, path, {}) for path in files])
    right_first, distinct_counts, lines_over = 0, [], 0
    for path in files:
        _, document, _ = verdicts[path]
        found = findings(document["katas"][0])
        mistakes = declared_mistakes(path)
        ok = found["lead"] in mistakes and found["first"] in mistakes
        right_first += ok
        distinct_counts.append(len(found["distinct"]))
        text_lines = len(document["text"].splitlines())
        lines_over += text_lines > 15
        mark = "ok " if ok else "BAD"
        print(
            f"{mark} {path.parent.name}/{path.name}: declares {', '.join(mistakes)}; lead {found['lead']}, "
            f"first {found['first']}, distinct {', '.join(found['distinct'])}; {text_lines} lines"
        )
    count = len(files)
    print(f"\nfiles whose lead and first message name their mistake: {right_first} of {count}")
    print(f"mean distinct diagnoses per wrong file: {sum(distinct_counts) / max(count, 1):.2f}")
    print(f"reports over 15 lines: {lines_over} of {count}")


if __name__ == "__main__":
    main(sys.argv[1:])
