"""How far the timing verdict can be trusted, kata by kata (issue 11's fidelity figures).

    python benchmarks/timing_fidelity.py [--runs 20] [--stability 10]
        [--out benchmarks/results/timing_fidelity.md]

(a) the reference submitted as the learner's code: the share of runs whose ratio is
    within 0.85-1.18 (target: at least 95%);
(b) the reference slowed ten times (it busy-waits nine times as long as each call
    took): the share of runs reported `slow`, and the smallest ratio (target: every
    run slow, ratio at least 5);
(e) the reference against the library function with the same job, where one is
    installed (SciPy, scikit-learn), on the bench input, one thread: the ratio;
(f) with --stability RUNS: each kept correct learner file (tests/submissions/*/correct_*.py)
    checked RUNS times: the verdicts it got (target: one verdict each).

Each run is a real check (`run_check`, workers, hidden tests, timing) with its own
seed. The figures are printed, and written as Markdown with the machine described.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import statistics
import sys
import tempfile
import time
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from harness.catalog import load_catalog  # noqa: E402
from harness.runner import CheckOptions, run_check  # noqa: E402
from harness.timing import bench_input  # noqa: E402

SLOWED = """
import time as _time

{source}

_reference_{slug} = {slug}


def {slug}(*args, **kwargs):
    started = _time.perf_counter()
    result = _reference_{slug}(*args, **kwargs)
    until = _time.perf_counter() + 9 * (_time.perf_counter() - started)
    while _time.perf_counter() < until:
        pass
    return result
"""


def _load(module: str, name: str):
    """A library function, imported only when it is measured (ImportError: not installed)."""
    return lambda: getattr(importlib.import_module(module), name)


def _adapted(module: str, name: str, call):
    """A library function called as the kata is called (call(function, *args, **kwargs))."""

    def load():
        function = getattr(importlib.import_module(module), name)
        return lambda *args, **kwargs: call(function, *args, **kwargs)

    return load


LIBRARIES = {  # kata: (what, a loader of a function taking the kata's bench args and kwargs)
    "softmax": ("scipy.special.softmax", _load("scipy.special", "softmax")),
    "sigmoid": ("scipy.special.expit", _load("scipy.special", "expit")),
    "dot_product": ("numpy.dot", _load("numpy", "dot")),
    "l2_norm": ("numpy.linalg.norm", _load("numpy.linalg", "norm")),
    "variance": ("numpy.var", _load("numpy", "var")),
    "entropy": (
        "scipy.stats.entropy",
        _adapted("scipy.stats", "entropy", lambda f, p: f(p, base=2, axis=-1)),
    ),
    "cosine_similarity": (
        "sklearn.metrics.pairwise.cosine_similarity",
        _adapted("sklearn.metrics.pairwise", "cosine_similarity", lambda f, a, b: f(a, b)),
    ),
    "roc_auc": ("sklearn.metrics.roc_auc_score", _load("sklearn.metrics", "roc_auc_score")),
    "average_precision": (
        "sklearn.metrics.average_precision_score",
        _load("sklearn.metrics", "average_precision_score"),
    ),
    "confusion_matrix": (
        "sklearn.metrics.confusion_matrix",
        _adapted(
            "sklearn.metrics", "confusion_matrix", lambda f, t, p, n_classes: f(t, p, labels=range(n_classes))
        ),
    ),
    "precision_recall_f1": (
        "sklearn.metrics.precision_recall_fscore_support",
        _adapted(
            "sklearn.metrics",
            "precision_recall_fscore_support",
            lambda f, t, p: f(t, p, average="binary", zero_division=0)[:3],
        ),
    ),
}


def ratios(kata, file: Path, runs: int) -> list[tuple[str, float]]:
    found = []
    for seed in range(runs):
        (result,) = run_check([kata], {kata.slug: file}, CheckOptions(seed=seed))
        found.append((result.status, result.timing.ratio if result.timing else float("nan")))
    return found


def library_ratio(kata) -> str:
    if kata.slug not in LIBRARIES:
        return "no library function with the same job"
    name, load = LIBRARIES[kata.slug]
    try:
        library = load()
    except ImportError:
        return f"{name} is not installed"
    from harness.proxy import import_file

    reference = getattr(import_file(kata.solution_path, f"_fidelity_{kata.slug}"), kata.slug)
    args, kwargs = bench_input(kata, kata.timing.bench_size, 0)
    ours = min(timeit.repeat(lambda: reference(*args, **kwargs), number=20, repeat=5)) / 20
    theirs = min(timeit.repeat(lambda: library(*args, **kwargs), number=20, repeat=5)) / 20
    return f"{ours / theirs:.2f} ({name})"


def stability(runs: int) -> list[str]:
    """(f): the verdicts of each kept correct file over runs checks (the seed changes each time)."""
    katas = load_catalog()
    lines = [
        "",
        f"(f) each kept correct learner file checked {runs} times (target: one verdict each):",
        "",
        "| file | max_ratio | verdicts | ratios |",
        "|---|---|---|---|",
    ]
    print("\n".join(lines), flush=True)
    for path in sorted((ROOT / "tests" / "submissions").glob("*/correct_*.py")):
        kata = katas[path.parent.name]
        found = ratios(kata, path, runs)
        counts = {status: sum(s == status for s, _ in found) for status in sorted({s for s, _ in found})}
        spread = f"{min(r for _, r in found):.1f}-{max(r for _, r in found):.1f}"
        verdicts = ", ".join(f"{status} {count}" for status, count in counts.items())
        row = f"| {path.parent.name}/{path.name} | {kata.timing.max_ratio:g} | {verdicts} | {spread} |"
        print(row, flush=True)
        lines.append(row)
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument(
        "--stability", type=int, default=0, metavar="RUNS", help="(f) too: RUNS checks of each correct file"
    )
    options = parser.parse_args()
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    lines = [
        "# Timing fidelity",
        "",
        f"`python benchmarks/timing_fidelity.py --runs {options.runs}"
        + (f" --stability {options.stability}" if options.stability else "")
        + f"`, {time.strftime('%Y-%m-%d')}, "
        f"{platform.machine()}, {cores} cores, Python {platform.python_version()}, {platform.system()}.",
        "",
        "| kata | (a) reference: ratios in 0.85-1.18 | median ratio | (b) 10x slower: runs slow | "
        "smallest ratio | (e) reference / library |",
        "|---|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory(prefix="kata-fidelity-") as folder:
        for kata in load_catalog().values():
            same = ratios(kata, kata.solution_path, options.runs)
            within = sum(0.85 <= ratio <= 1.18 for _, ratio in same)
            slowed_file = Path(folder) / f"{kata.slug}.py"
            source = kata.solution_path.read_text(encoding="utf-8")
            slowed_file.write_text(SLOWED.format(source=source, slug=kata.slug), encoding="utf-8")
            slowed = ratios(kata, slowed_file, options.runs)
            slow = sum(status == "slow" for status, _ in slowed)
            row = (
                f"| {kata.slug} | {within}/{options.runs} ({100 * within / options.runs:.0f}%) | "
                f"{statistics.median(r for _, r in same):.2f} | {slow}/{options.runs} | "
                f"{min(r for _, r in slowed):.1f} | {library_ratio(kata)} |"
            )
            print(row, flush=True)
            lines.append(row)
    if options.stability:
        lines += stability(options.stability)
    text = "\n".join(lines) + "\n"
    if options.out:
        options.out.parent.mkdir(parents=True, exist_ok=True)
        options.out.write_text(text, encoding="utf-8")
        print(f"written to {options.out}")


if __name__ == "__main__":
    main()
