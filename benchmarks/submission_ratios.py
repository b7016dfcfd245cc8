"""Timing ratios of the kept correct learner files and of the references.

Runs the real command line (`python -m harness check SLUG --format json`, timing
on) several times for each tests/submissions/*/correct_*.py and each reference
under solutions/, the file copied to WS/SLUG.py of a fresh workspace, and prints
every ratio it reported, their range and the statuses. tests/test_submissions.py
relies on these figures: a file whose ratios straddle its kata's max_ratio would
flip between "pass" and "slow" with noise.

    python benchmarks/submission_ratios.py [--runs 5] [SLUG ...]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def ratios_of(path: Path, slug: str, runs: int, root: Path) -> tuple[list[float], set[str], float]:
    workspace = root / f"{slug}-{path.stem}"
    subprocess.run(
        [sys.executable, "-m", "harness", "init", slug, "-w", str(workspace)],
        check=True,
        capture_output=True,
        cwd=root,
    )
    shutil.copy(path, workspace / f"{slug}.py")
    ratios, statuses, max_ratio = [], set(), 0.0
    for _ in range(runs):
        command = [sys.executable, "-m", "harness", "check", slug, "-w", str(workspace), "--format", "json"]
        completed = subprocess.run(command, capture_output=True, text=True, cwd=root)
        kata = json.loads(completed.stdout)["katas"][0]
        statuses.add(kata["status"])
        if kata["timing"]:
            ratios.append(kata["timing"]["ratio"])
            max_ratio = kata["timing"]["max_ratio"]
    return ratios, statuses, max_ratio


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("slugs", nargs="*")
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    files = [
        (path.parent.name, path) for path in sorted((ROOT / "tests" / "submissions").glob("*/correct_*.py"))
    ]
    files += [(path.stem, path) for path in sorted((ROOT / "solutions").glob("*.py"))]
    if options.slugs:
        files = [(slug, path) for slug, path in files if slug in options.slugs]
    root = Path(tempfile.mkdtemp(prefix="kata-ratios-"))
    print(f"{'file':<58} {'min':>7} {'max':>7} {'max_ratio':>9}  ratios; statuses")
    try:
        for slug, path in files:
            ratios, statuses, max_ratio = ratios_of(path, slug, options.runs, root)
            name = f"{slug}/{path.name}" if path.parent.name != "solutions" else f"solutions/{path.name}"
            shown = " ".join(f"{ratio:.2f}" for ratio in ratios)
            low, high = (min(ratios), max(ratios)) if ratios else (float("nan"), float("nan"))
            print(
                f"{name:<58} {low:>7.2f} {high:>7.2f} {max_ratio:>9g}  {shown}; {','.join(sorted(statuses))}"
            )
            sys.stdout.flush()
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
