"""``kata audit``: mutation testing of a kata's hidden tests.

Each single-change mutant of the reference (``harness.mutation``) is checked as
if it were a learner's file, through the path of ``kata check``
(``harness.audit_session``). A mutant is killed when the kata's status is
anything but ``pass``; killed trivially when it does not even load. A mutant
that passes every hidden test survives: either it is listed in the kata's
``kata.toml`` as an equivalent mutant (no input the catalog allows tells it from
the reference), or the hidden tests have a gap. A listed mutant that is killed
or no longer generated is stale, and fails the audit too, so that the list stays
true.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
from collections import deque
from dataclasses import asdict, dataclass, field

from harness.audit_session import REFERENCE_KEY, SessionOptions, Task, Verdict, serve
from harness.catalog import PACKAGE_DIR, Kata, data_dir
from harness.mutation import Mutant, mutants
from harness.worker import Limits

OUTCOMES = ("killed", "killed-trivially", "equivalent", "survived")
GRADER_FAULT_EXIT = 3  # as kata check's: CI tells a grader bug from a failed audit
SCHEMA = "kata-audit/1"
TASKS_PER_PROCESS = 50  # a process of its own costs about as much as judging this many mutants
_BOOT = "import sys; sys.path[0] = sys.argv.pop(1); from harness.audit_session import main; main()"


def default_jobs() -> int:
    """As many processes as this process may use cores."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class AuditOptions:
    """How to audit: processes, the time limit of a mutant, the tests' seed, a worker's limits."""

    jobs: int = field(default_factory=default_jobs)  # processes that judge mutants side by side
    timeout: float = 5.0  # seconds of one mutant's code, all its tests together
    seed: int = 0
    limits: Limits = Limits()


@dataclass
class MutantResult:
    """One mutant, its outcome, and the kata's status and first failing test with it."""

    key: str
    line: int
    operator: str
    outcome: str  # one of OUTCOMES
    status: str  # the kata's status with this mutant as the learner's file
    test: str = ""  # the first hidden test that did not pass
    message: str = ""


@dataclass
class StaleEntry:
    """An equivalent-mutant entry of kata.toml that is no longer true, and why."""

    mutant: str
    why: str


@dataclass
class AuditReport:
    """What the audit of one kata found."""

    slug: str
    results: list[MutantResult] = field(default_factory=list)
    stale: list[StaleEntry] = field(default_factory=list)
    seconds: float = 0.0
    fault: str = ""  # a fault of the grader (the reference fails its tests...): no verdict at all

    def count(self, outcome: str) -> int:
        """How many mutants had this outcome."""
        return sum(result.outcome == outcome for result in self.results)

    @property
    def survivors(self) -> list[MutantResult]:
        """The unexplained survivors: each is a gap in the hidden tests, or unlisted."""
        return [result for result in self.results if result.outcome == "survived"]

    @property
    def passed(self) -> bool:
        """No fault, no unexplained survivor, no stale entry."""
        return not self.fault and not self.survivors and not self.stale

    def figures(self) -> dict[str, float]:
        """The counts and the seconds, by name (killed includes the trivially killed)."""
        killed = self.count("killed") + self.count("killed-trivially")
        return {
            "mutants": len(self.results),
            "killed": killed,
            "killed_trivially": self.count("killed-trivially"),
            "equivalent": self.count("equivalent"),
            "survived": self.count("survived"),
            "stale": len(self.stale),
            "seconds": round(self.seconds, 2),
        }


def run_audit(kata: Kata, options: AuditOptions) -> AuditReport:
    """Judge every mutant of kata's reference with its hidden tests; classify each."""
    return run_audits([kata], options)[0]


def run_audits(katas: list[Kata], options: AuditOptions) -> list[AuditReport]:
    """Audit each kata, sharing out the mutants of all among ``options.jobs`` processes.

    Never raises for a fault of the grader: a report's ``fault`` says it. A
    report's ``seconds`` is the time spent judging that kata's mutants.
    """
    reports = [AuditReport(kata.slug) for kata in katas]
    found: dict[str, list[Mutant]] = {}  # by kata folder, as the tasks
    queues: dict[str, deque[Task]] = {}
    for kata, report in zip(katas, reports):
        folder = str(kata.directory)
        try:
            source = kata.solution_path.read_text(encoding="utf-8")
            found[folder] = mutants(source)
        except (OSError, SyntaxError, ValueError) as error:
            report.fault = f"the reference {kata.solution_path.name} cannot be mutated: {error}"
            continue
        tasks = [Task(folder, REFERENCE_KEY, source)] + [Task(folder, m.key, m.source) for m in found[folder]]
        queues[folder] = deque(tasks)
    collected = _Collected()
    _judge(_TaskPool(queues), collected, options)
    for kata, report in zip(katas, reports):
        folder = str(kata.directory)
        verdicts = collected.verdicts.get(folder, {})
        report.seconds = sum(verdict.seconds for verdict in verdicts.values())
        if report.fault:
            continue
        report.fault = collected.fault_of(folder) or _reference_fault(kata, verdicts)
        if not report.fault:
            report.results, report.stale = classify(kata, found[folder], verdicts)
            missing = [mutant.key for mutant in found[folder] if mutant.key not in verdicts]
            if missing:
                report.fault = f"{len(missing)} mutant(s) were not judged, the first {missing[0]!r}"
    return reports


def _reference_fault(kata: Kata, verdicts: dict[str, Verdict]) -> str:
    reference = verdicts.get(REFERENCE_KEY)
    if reference is None:
        return "the reference was not judged"
    if reference.status != "pass":
        where = f" (first failing test: {reference.test})" if reference.test else ""
        return (
            f"the reference {kata.solution_path.name} fails its own hidden tests{where}: {reference.message}"
        )
    return ""


def classify(
    kata: Kata, found: list[Mutant], verdicts: dict[str, Verdict]
) -> tuple[list[MutantResult], list[StaleEntry]]:
    """Each judged mutant's outcome, and the kata's equivalent-mutant entries that are stale."""
    listed = {entry.mutant for entry in kata.equivalent_mutants}
    results = []
    for mutant in found:
        verdict = verdicts.get(mutant.key)
        if verdict is None:
            continue
        if verdict.status == "pass":
            outcome = "equivalent" if mutant.key in listed else "survived"
        else:
            outcome = "killed" if verdict.loaded else "killed-trivially"
        results.append(
            MutantResult(
                mutant.key,
                mutant.line,
                mutant.operator,
                outcome,
                verdict.status,
                verdict.test,
                verdict.message,
            )
        )
    by_key = {result.key: result for result in results}
    stale = []
    for entry in kata.equivalent_mutants:
        result = by_key.get(entry.mutant)
        if result is None:
            stale.append(StaleEntry(entry.mutant, "no longer generated: remove it from kata.toml"))
        elif result.outcome != "equivalent":
            killer = f" by {result.test!r}" if result.test else ""
            stale.append(
                StaleEntry(entry.mutant, f"killed{killer}: it is not equivalent, remove it from kata.toml")
            )
    return results, stale


# -- judging, in this process and in others --------------------------------------------


class _Collected:
    """Verdicts by kata folder and key, and grader faults by kata folder; thread-safe."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.verdicts: dict[str, dict[str, Verdict]] = {}
        self.faults: dict[str, list[str]] = {}
        self.process_faults: list[str] = []

    def add(self, verdict: Verdict) -> None:
        """Keep a verdict (from any thread)."""
        with self.lock:
            if verdict.grader_fault:
                self.faults.setdefault(verdict.kata, []).append(verdict.message)
            else:
                self.verdicts.setdefault(verdict.kata, {})[verdict.key] = verdict

    def fault_of(self, kata: str) -> str:
        """The first grader fault met while judging kata, or that of a process that failed."""
        faults = self.faults.get(kata)
        if faults:
            return faults[0]
        return self.process_faults[0] if self.process_faults else ""


class _TaskPool:
    """The tasks of every kata; each taker keeps to one kata, so that few sessions start."""

    def __init__(self, queues: dict[str, deque[Task]]) -> None:
        self.queues, self.lock, self.taken = queues, threading.Lock(), set()

    def __len__(self) -> int:
        return sum(len(queue) for queue in self.queues.values())

    def next(self, kata: str | None) -> Task | None:
        """The next task of kata if it has one left; else of a kata nobody took yet; else of the fullest."""
        with self.lock:
            if kata is not None and self.queues.get(kata):
                return self.queues[kata].popleft()
            left = [folder for folder, queue in self.queues.items() if queue]
            if not left:
                return None
            untaken = [folder for folder in left if folder not in self.taken]
            chosen = untaken[0] if untaken else max(left, key=lambda folder: len(self.queues[folder]))
            self.taken.add(chosen)
            return self.queues[chosen].popleft()


def _judge(pool: _TaskPool, collected: _Collected, options: AuditOptions) -> None:
    """Judge every task of pool: here, and in up to jobs - 1 other processes when it pays."""
    session = SessionOptions(options.seed, options.timeout, options.limits)
    processes = max(1, min(options.jobs, len(pool) // TASKS_PER_PROCESS))
    children: list[_Child] = []
    try:
        children = [_Child(session) for _ in range(processes - 1)]
        threads = [
            threading.Thread(target=child.feed, args=(pool, collected), daemon=True) for child in children
        ]
        for thread in threads:
            thread.start()
        serve(pool.next, collected.add, session)
        for thread in threads:
            thread.join()
    finally:
        for child in children:
            child.close()
    collected.process_faults += [child.fault for child in children if child.fault]


class _Child:
    """A process that serves tasks (``audit_session.main``): it asks for each task it wants.

    It writes JSON lines: ``{"next": kata}`` to ask for a task (preferably of
    that kata), or a verdict. A task goes back as one JSON line; none left, its
    stdin is closed. Nothing depends on a verdict answering a given request.
    """

    def __init__(self, options: SessionOptions) -> None:
        self.errors = tempfile.TemporaryFile()  # anonymous: nothing is left behind
        arguments = [str(options.timeout), str(options.seed), str(options.limits.memory_bytes)]
        self.process = subprocess.Popen(
            [sys.executable, "-c", _BOOT, str(PACKAGE_DIR.parent), *arguments],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            text=True,
            encoding="utf-8",
        )
        self.fault = ""
        self.judged = 0  # tasks this process gave a verdict on

    def feed(self, pool: _TaskPool, collected: _Collected) -> None:
        """Answer the process's requests for tasks and collect its verdicts, until it ends."""
        try:
            for line in self.process.stdout:
                message = json.loads(line)
                if "next" not in message:
                    collected.add(Verdict(**message))
                    self.judged += 1
                elif (task := pool.next(message["next"])) is not None:
                    self.process.stdin.write(json.dumps(asdict(task)) + "\n")
                    self.process.stdin.flush()
                else:
                    self.process.stdin.close()  # no task left: it releases its workers and leaves
            if self.process.wait() != 0:
                self.fault = self._died()
        except (OSError, ValueError, TypeError) as error:
            self.fault = f"{self._died()} ({error})"

    def _died(self) -> str:
        self.process.wait()
        self.errors.seek(0)
        last = (self.errors.read().decode("utf-8", "replace").strip().splitlines() or ["no message"])[-1]
        return f"an audit process ended with status {self.process.returncode}: {last[:300]}"

    def close(self) -> None:
        """End the process (it releases its workers first) and close its files."""
        if self.process.poll() is None:
            try:
                self.process.stdin.close()  # the end of its tasks: it closes its workers and leaves
                self.process.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self.process.terminate()  # it closes its workers on SIGTERM too
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for stream in (self.process.stdout, self.errors):
            stream.close()


# -- reports ------------------------------------------------------------------------


def report_text(reports: list[AuditReport], jobs: int, wall_seconds: float) -> str:
    """Per kata a line of figures, then each unexplained survivor and stale entry; a total line."""
    lines = []
    for report in reports:
        if report.fault:
            lines.append(f"{report.slug}: grader fault: {report.fault}")
            continue
        f = report.figures()
        lines.append(
            f"{report.slug}: {f['mutants']} mutants, {f['killed']} killed "
            f"({f['killed_trivially']} trivially), {f['equivalent']} equivalent, "
            f"{f['survived']} survived, {f['seconds']:.1f} s"
        )
        lines += [f"  survived  line {r.line}: {r.key}" for r in report.survivors]
        lines += [f"  stale     {entry.mutant}: {entry.why}" for entry in report.stale]
    verdict = "no unexplained survivor" if all(r.passed for r in reports) else "see above"
    lines.append(f"{len(reports)} kata(s) audited in {wall_seconds:.1f} s (-j {jobs}): {verdict}")
    lines.append(f"(hidden tests from {data_dir('katas')}, references from {data_dir('solutions')})")
    return "\n".join(lines) + "\n"


def report_json(reports: list[AuditReport]) -> str:
    """One JSON document: per kata its figures, each mutant's outcome and the stale entries."""
    document = {
        "schema": SCHEMA,
        "katas": [
            {
                "slug": report.slug,
                "fault": report.fault,
                **report.figures(),
                "results": [asdict(result) for result in report.results],
                "stale_entries": [asdict(entry) for entry in report.stale],
            }
            for report in reports
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def exit_code(reports: list[AuditReport]) -> int:
    """0: every kata passed the audit; 1: a survivor or stale entry; 3: a grader fault."""
    if any(report.fault for report in reports):
        return GRADER_FAULT_EXIT
    return 0 if all(report.passed for report in reports) else 1
