"""How long `kata watch` takes to re-check a kata after a save, with its workers kept started.

Runs the check `kata watch` runs (run_check in the watch's own process, NumPy and pytest
already imported), the reference as the learner's file, several times: once with the
workers started by the check itself (as before watch kept them), once with the workers
kept started between checks (worker_pool.keep_started, as `kata watch` does), a pause
between checks standing for the learner's editing. Prints the median and range of each.

    python benchmarks/watch_recheck.py [--runs 8] [SLUG ...]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from harness import worker_pool
from harness.catalog import data_dir, load_catalog
from harness.runner import CheckOptions, run_check

EDITING_SECONDS = 0.5  # between two saves: the kept workers start in this time


def rechecks(kata, file: Path, runs: int, options: CheckOptions) -> list[float]:
    walls = []
    for _ in range(runs):
        time.sleep(EDITING_SECONDS)
        started = time.perf_counter()
        (result,) = run_check([kata], {kata.slug: file}, options)
        walls.append(time.perf_counter() - started)
        if result.status != "pass":
            raise SystemExit(f"{kata.slug}: the reference got {result.status}: {result.message}")
    return walls


def _figure(walls: list[float]) -> str:
    return f"{statistics.median(walls):.3f} s ({min(walls):.3f}-{max(walls):.3f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("slugs", nargs="*", default=["softmax", "lstm_cell", "conv2d"])
    parser.add_argument("--runs", type=int, default=8)
    options = parser.parse_args()
    katas = load_catalog()
    check = CheckOptions()
    print(f"{'kata':<28} {'started by the check':>26} {'kept started':>26}  saved")
    with tempfile.TemporaryDirectory(prefix="kata-watch-bench-") as folder:
        for slug in options.slugs:
            kata = katas[slug]
            file = Path(folder) / f"{slug}.py"
            shutil.copy(kata.solution_path, file)
            run_check([kata], {slug: file}, check)  # imports, as a watch's first check does
            cold = rechecks(kata, file, options.runs, check)
            worker_pool.keep_started(check.limits, Path(folder))
            worker_pool.keep_started(check.limits, data_dir("solutions"))
            try:
                warm = rechecks(kata, file, options.runs, check)
            finally:
                worker_pool.stop_keeping()
            figures = [
                f"{statistics.median(walls):.3f} s ({min(walls):.3f}-{max(walls):.3f})"
                for walls in (cold, warm)
            ]
            saved = 1 - statistics.median(warm) / statistics.median(cold)
            print(f"{slug:<28} {figures[0]:>26} {figures[1]:>26}  {100 * saved:.0f}%", flush=True)


if __name__ == "__main__":
    main()
