"""Figures of `kata grade` and `kata gradebook`: wall time, and the most worker processes alive at once.

    python benchmarks/grade_figures.py [--learners 30] [--runs 3]

Grades a workspace holding every reference (with and without timing, -j 1 and -j N),
then a generated class of learners (references, kept wrong files and stubs, mixed
with a fixed seed), and extrapolates the class figure to 1,000 learners on one
machine and on a 20-shard CI matrix. Worker processes are counted by sampling the
process table for processes whose working folder is a worker's (`kata-worker-*`).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KATA = shutil.which("kata", path=str(Path(sys.executable).parent)) or "kata"


def workers_alive(tmpdir: str) -> int:
    count = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if os.readlink(f"/proc/{pid}/cwd").startswith(os.path.join(tmpdir, "kata-worker-")):
                count += 1
        except OSError:
            continue
    return count


def timed(args: list[str]) -> tuple[float, int]:
    """Seconds the command took, and the most worker processes seen alive at once."""
    with tempfile.TemporaryDirectory(prefix="kata-bench-") as tmpdir:
        peak, stop = [0], threading.Event()

        def sample() -> None:
            while not stop.is_set():
                peak[0] = max(peak[0], workers_alive(tmpdir))
                time.sleep(0.02)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        started = time.perf_counter()
        subprocess.run([KATA, *args], capture_output=True, env={**os.environ, "TMPDIR": tmpdir}, check=False)
        seconds = time.perf_counter() - started
        stop.set()
        sampler.join()
    return seconds, peak[0]


def make_class(folder: Path, learners: int) -> None:
    template = folder / "template"
    subprocess.run([KATA, "init", "-w", str(template)], capture_output=True, check=True)
    slugs = [path.stem for path in template.glob("*.py")]
    rng = random.Random(1)
    for index in range(learners):
        workspace = folder / "class" / f"learner{index:03d}"
        shutil.copytree(template, workspace)
        for slug in slugs:
            roll = rng.random()
            if roll < 0.4:
                shutil.copy(ROOT / "solutions" / f"{slug}.py", workspace / f"{slug}.py")
            elif roll < 0.7:
                wrong = sorted((ROOT / "tests" / "submissions" / slug).glob("wrong_*.py"))
                shutil.copy(rng.choice(wrong), workspace / f"{slug}.py")


def report(name: str, runs: list[tuple[float, int]]) -> float:
    median = statistics.median(seconds for seconds, _ in runs)
    print(f"{name:<48} {median:6.2f} s  (runs: {', '.join(f'{s:.2f}' for s, _ in runs)}; "
          f"peak workers {max(peak for _, peak in runs)})")  # fmt: skip
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=30)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"{cores} cores; {options.runs} runs each; the median")
    with tempfile.TemporaryDirectory(prefix="kata-bench-class-") as folder:
        root = Path(folder)
        workspace = root / "references"
        subprocess.run([KATA, "init", "-w", str(workspace)], capture_output=True, check=True)
        for solution in (ROOT / "solutions").glob("*.py"):
            shutil.copy(solution, workspace / solution.name)
        for jobs in ("1", str(cores)):
            for timing in ([], ["--no-timing"]):
                args = ["grade", "-w", str(workspace), "-j", jobs, *timing]
                name = f"grade, every reference, -j {jobs}{' --no-timing' if timing else ''}"
                report(name, [timed(args) for _ in range(options.runs)])
        make_class(root, options.learners)
        per_class = {}
        for timing in (["--no-timing"], []):
            args = ["gradebook", str(root / "class"), "--out", str(root / "grades.csv"), *timing]
            name = f"gradebook of {options.learners}{' --no-timing' if timing else ''}"
            per_class[bool(timing)] = report(name, [timed(args) for _ in range(max(1, options.runs // 2))])
        for untimed, seconds in per_class.items():
            one = seconds / options.learners * 1000
            label = "1,000 learners" + (" --no-timing" if untimed else "")
            print(
                f"{label}: about {one / 60:.0f} min on this machine, "
                f"about {one / 20 / 60:.1f} min per shard of a 20-shard matrix (plus each job's set-up)"
            )


if __name__ == "__main__":
    main()
