"""Figures of `kata audit`: per kata its mutants, killed, equivalent, survivors and seconds.

Runs the audit of the named katas (all of them by default) several times, as
`kata audit` does (the mutants of all katas shared among --jobs processes), and
prints the figures of the fastest run with the wall time and the CPU time
(this process and its children) of each run: on a busy machine the wall time
varies, the CPU time much less. With --baseline it also times the naive way, a
full `kata check` (run_check, timing off) of each mutant as a learner's file.

    python benchmarks/audit_figures.py [--jobs N] [--runs 3] [--baseline] [SLUG ...]
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from harness.audit import AuditOptions, AuditReport, default_jobs, run_audits
from harness.catalog import Kata, load_catalog
from harness.mutation import mutants


def cpu_seconds() -> float:
    """User and system time of this process and of the children it waited for."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed_audit(katas: list[Kata], jobs: int) -> tuple[list[AuditReport], float, float]:
    """The reports of one audit of katas, its wall seconds and its CPU seconds."""
    cpu, wall = cpu_seconds(), time.perf_counter()
    reports = run_audits(katas, AuditOptions(jobs=jobs))
    return reports, time.perf_counter() - wall, cpu_seconds() - cpu


def naive_seconds(kata: Kata) -> tuple[int, float]:
    """Seconds to `kata check` every mutant of kata, each in a fresh session and worker."""
    from harness.runner import CheckOptions, run_check

    found = mutants(kata.solution_path.read_text(encoding="utf-8"))
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kata-audit-bench-") as folder:
        path = Path(folder) / f"{kata.slug}.py"
        for mutant in found:
            path.write_text(mutant.source, encoding="utf-8")
            run_check([kata], {kata.slug: path}, CheckOptions(timing=False, timeout=5.0))
    return len(found), time.perf_counter() - started


def main() -> None:
    """Audit, print the figures; with --baseline, time the naive way too."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("slugs", nargs="*")
    parser.add_argument("--jobs", "-j", type=int, default=default_jobs())
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", action="store_true", help="also time a kata check of each mutant")
    options = parser.parse_args()
    catalog = load_catalog()
    katas = [catalog[slug] for slug in options.slugs or catalog]
    runs = [timed_audit(katas, options.jobs) for _ in range(options.runs)]
    reports, wall, cpu = min(runs, key=lambda run: run[1])
    columns = ("mutants", "killed", "trivial", "equiv", "survived", "stale")
    print(f"{'kata':<30} " + " ".join(f"{name:>{max(6, len(name))}}" for name in columns) + f" {'s':>6}")
    for report in reports:
        f = report.figures()
        print(
            f"{report.slug:<30} {f['mutants']:>7} {f['killed']:>6} {f['killed_trivially']:>7} "
            f"{f['equivalent']:>6} {f['survived']:>8} {f['stale']:>6} {f['seconds']:>6.2f}"
            + (f"  FAULT: {report.fault}" if report.fault else "")
        )
    total = sum(report.figures()["mutants"] for report in reports)
    print(f"{'all':<30} {total:>7}   (seconds per kata: time spent judging its mutants)")
    walls = ", ".join(f"{w:.2f}" for _, w, _ in runs)
    cpus = ", ".join(f"{c:.2f}" for _, _, c in runs)
    print(f"-j {options.jobs}: wall {walls} s; CPU {cpus} s; fastest {wall:.2f} s wall, {cpu:.2f} s CPU")
    if options.baseline:
        for kata in katas:
            count, seconds = naive_seconds(kata)
            print(f"baseline {kata.slug:<30} kata check of each of {count} mutants: {seconds:.2f} s")


if __name__ == "__main__":
    main()
