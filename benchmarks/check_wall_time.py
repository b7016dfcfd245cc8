"""Wall time of `kata check SLUG` with the reference as the learner's file.

Prints, for each kata, the median and worst wall time of several runs of the
real command line (a fresh process each time, timing on), and the timing ratio
it reported; beside it, the median wall time of a fresh process running the same
hidden tests with plain in-process pytest (the reference called directly: no
worker, no isolation, no timing), and the ratio of the two. The targets (DESIGN.md):
under 1 s for every kata, and within 1.2x of the plain run.

    python benchmarks/check_wall_time.py [--runs 5] [SLUG ...]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness.catalog import load_catalog

PLAIN = """
from harness.catalog import load_catalog
from harness.plugin import KataPlugin
from harness.proxy import reference_function
from harness.runner import CheckOptions, _run_pytest

kata = load_catalog()[{slug!r}]
reference = reference_function(kata)
plugin = KataPlugin({{kata.directory.resolve(): kata}}, {{kata.slug: reference}}, {{kata.slug: reference}}, 0)
_run_pytest(plugin, list(kata.test_paths), CheckOptions(timing=False))
"""


def plain_wall(slug: str, cwd: Path) -> float:
    """Seconds of a fresh process running slug's hidden tests in-process, the reference as learner."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", PLAIN.format(slug=slug)], capture_output=True, cwd=cwd, check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("slugs", nargs="*")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-timing", action="store_true")
    options = parser.parse_args()
    katas = load_catalog()
    slugs = options.slugs or list(katas)
    root = Path(tempfile.mkdtemp(prefix="kata-bench-"))
    workspace = root / "workspace"
    workspace.mkdir()
    print(
        f"{'kata':<30} {'median s':>9} {'worst s':>8} {'ratios':>24}  {'plain s':>7} {'x plain':>7}  status"
    )
    try:
        for slug in slugs:
            shutil.copy(katas[slug].solution_path, workspace / f"{slug}.py")
            walls, ratios, statuses = [], [], set()
            for _ in range(options.runs):
                command = [
                    sys.executable,
                    "-m",
                    "harness",
                    "check",
                    slug,
                    "-w",
                    str(workspace),
                    "--format",
                    "json",
                ] + (["--no-timing"] if options.no_timing else [])
                started = time.perf_counter()
                completed = subprocess.run(command, capture_output=True, text=True, cwd=root)
                walls.append(time.perf_counter() - started)
                kata = json.loads(completed.stdout)["katas"][0]
                statuses.add(kata["status"])
                if kata["timing"]:
                    ratios.append(kata["timing"]["ratio"])
            shown = " ".join(f"{ratio:.2f}" for ratio in ratios[:5])
            plain = statistics.median(
                plain_wall(slug, Path(__file__).resolve().parent.parent) for _ in range(3)
            )
            print(
                f"{slug:<30} {statistics.median(walls):>9.3f} {max(walls):>8.3f} {shown:>24}  "
                f"{plain:>7.3f} {statistics.median(walls) / plain:>7.2f}  {','.join(sorted(statuses))}"
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
