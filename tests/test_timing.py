"""Timing's figures agree with each other, and growth is measured and judged (harness.timing).

The learner and reference are stand-ins whose batches take scripted times: what is
tested is the arithmetic and the verdict, not the machine.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import jsonschema
import pytest

from conftest import ROOT
from harness import runner
from harness.catalog import CatalogError, load_catalog, load_kata
from harness.report import kata_text, results_document, results_schema
from harness.results import KataResult
from harness.runner import CheckOptions, run_check
from harness.timing import (
    BATCH_SECONDS,
    PAIRS,
    TimingResult,
    _median_pair,
    calls_per_batch,
    growth_exponent,
    measure,
)
from harness.timing_verdict import judge

SOFTMAX = load_catalog()["softmax"]


class Scripted:
    """A proxy whose batch of `number` calls at bench size n takes seconds(n) * number."""

    def __init__(self, seconds, noise=(), first_call=0.0):
        self.seconds, self.noise, self.size, self.calls = seconds, list(noise), 0, 0
        self.first_call = first_call  # extra seconds of the very first call (caches, lazy imports)

    def printed(self):
        return 0, 0  # characters, lines: stand-ins print nothing

    def pin_to(self, cpus):
        pass  # no worker process to pin

    def prepare_bench(self, args, kwargs):
        self.size = args[0].shape[0]  # softmax's bench input is (size, 1000)

    def time_batch(self, number, quiet=False):
        self.calls += 1
        factor = self.noise[(self.calls - 1) % len(self.noise)] if self.noise else 1.0
        return self.seconds(self.size) * number * factor + (self.first_call if self.calls == 1 else 0.0)


def with_sizes(small: int, large: int | None, excess: float = 0.5):
    """softmax with these bench sizes and a max_ratio of 10, which the scripted ratios surround."""
    timing = dataclasses.replace(
        SOFTMAX.timing, bench_size=small, bench_size_large=large, max_growth_excess=excess, max_ratio=10.0
    )
    return dataclasses.replace(SOFTMAX, timing=timing)


def calibration_calls(seconds) -> int:
    """How many batches calls_per_batch times on a reference taking seconds(n) a call."""
    probe = Scripted(seconds)
    calls_per_batch(probe)
    return probe.calls


def test_the_batch_is_calibrated_on_warm_calls_as_timeit_autorange_does():
    """A slow first call (100 times a warm one) once made every batch 100 times too short."""
    warm = 1e-6
    number = calls_per_batch(Scripted(lambda n: warm, first_call=1e-4))
    assert BATCH_SECONDS / 2 <= number * warm <= 2 * BATCH_SECONDS
    assert calls_per_batch(Scripted(lambda n: 1.0)) == 1  # a call longer than a batch: one a batch


def test_the_times_shown_are_the_pair_the_ratio_comes_from():
    """Separate medians of each side could give "yours 3.16 ms, reference 6.8 ms, ratio 0.81"."""
    learner = [3.16e-3, 4.41e-3, 2.0e-3, 5.0e-3, 3.0e-3]
    reference = [6.8e-3, 1.51e-3, 2.5e-3, 4.0e-3, 3.9e-3]
    pair = _median_pair(learner, reference)
    assert pair.learner_seconds / pair.reference_seconds == pytest.approx(pair.ratio)
    ratios = sorted(m / t for m, t in zip(learner, reference))
    assert pair.ratio == ratios[2]
    assert pair.spread == (pytest.approx(ratios[1]), pytest.approx(ratios[3]))


def test_noise_on_one_side_of_a_pair_does_not_move_the_median_ratio():
    learner = Scripted(lambda n: 1e-4, noise=[1, 1, 1, 1, 1, 1, 1, 9, 1, 1, 1, 1])  # one slow batch
    reference = Scripted(lambda n: 1e-4)
    result = measure(with_sizes(64, None), learner, reference, seed=0)
    assert result.ratio == pytest.approx(1.0)
    assert result.learner_seconds / result.reference_seconds == pytest.approx(result.ratio)
    assert not result.slow and result.learner_growth is None


def test_a_cost_that_grows_faster_is_slow_even_when_the_small_size_is_fine():
    quadratic = Scripted(lambda n: 1e-7 * n * n)
    linear = Scripted(lambda n: 1e-7 * n * 64)  # equal at n = 64
    result = measure(with_sizes(64, 256), quadratic, linear, seed=0)
    assert result.ratio == pytest.approx(1.0)
    assert result.learner_growth == pytest.approx(2.0) and result.reference_growth == pytest.approx(1.0)
    assert result.grows_faster and result.slow


def test_growth_within_the_kata_s_margin_is_not_slow():
    result = measure(
        with_sizes(64, 256, excess=1.5),
        Scripted(lambda n: n * n * 1e-9),
        Scripted(lambda n: n * 1e-7),
        seed=0,
    )
    assert not result.grows_faster and not result.slow


def test_the_exponent_needs_two_sizes_and_two_positive_times():
    assert growth_exponent(1.0, 8.0, 10, 20) == pytest.approx(3.0)
    for arguments in [(1.0, 2.0, 64, 64), (1.0, 2.0, 64, 32), (0.0, 2.0, 64, 128)]:
        with pytest.raises(ValueError, match="cannot measure growth"):
            growth_exponent(*arguments)  # equal sizes once divided by zero


@pytest.mark.parametrize("large", [64, 10])
def test_kata_toml_refuses_a_second_size_that_is_not_larger(tmp_path: Path, large: int):
    folder = tmp_path / "softmax"
    shutil.copytree(ROOT / "katas" / "softmax", folder)
    toml = folder / "kata.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace(
            "bench_size = 64", f"bench_size = 64\nbench_size_large = {large}"
        ),
        encoding="utf-8",
    )
    with pytest.raises(CatalogError, match="bench_size_large must be larger than bench_size"):
        load_kata(folder)


def test_the_json_has_the_spread_and_the_growth_and_follows_the_schema():
    timing = TimingResult(2e-3, 1e-3, 2.0, 10.0, 2.1, 1.0, spread=(1.5, 2.5))
    document = results_document([KataResult(SOFTMAX, "slow", "grows", timing=timing)], 0, "none")
    jsonschema.validate(document, results_schema())
    assert document["katas"][0]["timing"]["ratio_spread"] == [1.5, 2.5]
    assert document["katas"][0]["timing"]["growth"] == {"learner": 2.1, "reference": 1.0, "max_excess": 0.5}


def test_a_kata_slow_by_its_growth_says_so(monkeypatch: pytest.MonkeyPatch):
    grown = TimingResult(1e-3, 1e-3, 1.0, 10.0, 2.0, 1.0, spread=(0.9, 1.1))
    monkeypatch.setattr(runner, "measure", lambda *args: grown)
    (result,) = run_check([SOFTMAX], {"softmax": ROOT / "solutions" / "softmax.py"}, CheckOptions())
    assert result.status == "slow"
    assert "grows like n^2.0 where the reference's grows like n^1.0" in result.message


PRINTS_EVERYTHING = """
import numpy as np


def softmax(x, axis=-1):
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    out = e / e.sum(axis=axis, keepdims=True)
    print(np.array2string(out, threshold=10**9))  # every entry, every call
    return out
"""


def test_a_correct_function_slowed_by_printing_is_told_to_stop_printing_not_to_vectorise(tmp_path: Path):
    learner = tmp_path / "softmax.py"
    learner.write_text(PRINTS_EVERYTHING, encoding="utf-8")
    (result,) = run_check([SOFTMAX], {"softmax": learner}, CheckOptions())
    assert result.status == "slow", result.message
    assert "prints" in result.message and "remove the prints" in result.message
    assert "vectorise" not in result.message
    assert result.timing.printed_lines_per_call >= 64  # a line per row at least
    document = results_document([result], 0, "none")
    jsonschema.validate(document, results_schema())
    assert document["katas"][0]["timing"]["printed_per_call"]["chars"] > 10_000


def test_ratios_that_straddle_max_ratio_get_more_pairs_then_are_uncertain_not_slow():
    reference = Scripted(lambda n: 1e-4)
    learner = Scripted(lambda n: 1e-4, noise=[8.0, 12.0, 12.0, 8.0])  # ratios 8, 12, 8, 12, ... around 10
    result = measure(with_sizes(64, None), learner, reference, seed=0)
    assert reference.calls - calibration_calls(lambda n: 1e-4) > PAIRS  # more pairs than the first ones
    assert result.uncertain and not result.slow
    assert result.spread[0] <= 10.0 < result.spread[1]
    text = "\n".join(kata_text(KataResult(SOFTMAX, "pass", timing=result)))
    assert "the ratio is uncertain" in text
    assert result.as_json()["uncertain"] is True


def test_ratios_clearly_past_max_ratio_are_slow_after_the_first_pairs():
    reference = Scripted(lambda n: 1e-4)
    learner = Scripted(lambda n: 1e-4, noise=[12.0, 13.0, 12.5])
    result = measure(with_sizes(64, None), learner, reference, seed=0)
    assert reference.calls - calibration_calls(lambda n: 1e-4) == PAIRS
    assert result.slow and not result.uncertain


ROW_LOOP_SOFTMAX = """
import numpy as np

def softmax(x, axis=-1):
    x = np.moveaxis(np.asarray(x), axis, -1)
    rows = [np.exp(row - row.max()) / np.exp(row - row.max()).sum() for row in x.reshape(-1, x.shape[-1])]
    return np.moveaxis(np.array(rows).reshape(x.shape), -1, axis)
"""


@pytest.mark.parametrize(
    ("array_input", "loops", "advice"),
    [
        (True, True, "vectorise with NumPy"),
        (True, False, "your file has no Python loop"),
        (False, True, "NumPy calls on single numbers"),
    ],
)
def test_slow_advice_fits_the_input_and_the_loops_of_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, array_input: bool, loops: bool, advice: str
):
    """conv_output_size and ab_test take single numbers: "vectorise" would be the wrong advice there;
    so it is for a file without a loop (a blind trial's np.logaddexp.reduce log_softmax, 12x)."""
    slow = TimingResult(1e-3, 1e-4, 10.0, 5.0, spread=(9.0, 11.0), array_input=array_input)
    monkeypatch.setattr(runner, "measure", lambda *args: slow)
    file = tmp_path / "softmax.py"
    if loops:
        file.write_text(ROW_LOOP_SOFTMAX, encoding="utf-8")
    else:
        shutil.copy(ROOT / "solutions" / "softmax.py", file)
    (result,) = run_check([SOFTMAX], {"softmax": file}, CheckOptions())
    assert result.status == "slow" and advice in result.message, result.message
    assert ("vectorise" in result.message) == (array_input and loops)


def test_a_kata_of_its_own_slow_advice_gives_it_instead_of_vectorise(monkeypatch: pytest.MonkeyPatch):
    """two_tower_top_k: a vectorised full sort is slow for its algorithm, not for a loop."""
    slow = TimingResult(1e-3, 1e-4, 10.0, 5.0, spread=(9.0, 11.0))
    monkeypatch.setattr(runner, "measure", lambda *args: slow)
    kata = load_catalog()["two_tower_top_k"]
    (result,) = run_check([kata], {kata.slug: kata.solution_path}, CheckOptions())
    assert result.status == "slow" and "np.argpartition" in result.message
    assert "vectorise" not in result.message


LOOPS_AND_PRINTS_A_LITTLE = """
import numpy as np

def softmax(x, axis=-1):
    print("softmax of", np.shape(x))  # one short line a call: not what makes it slow
    moved = np.moveaxis(x, axis, -1)
    out = np.empty_like(moved)
    for index in np.ndindex(moved.shape[:-1]):
        row = moved[index]
        biggest = max(float(v) for v in row)
        exps = [np.exp(float(v) - biggest) for v in row]
        total = sum(exps)
        out[index] = [e / total for e in exps]
    return np.moveaxis(out, -1, axis)
"""


def test_a_slow_function_that_prints_a_little_is_told_what_makes_it_slow_not_to_stop_printing(tmp_path: Path):
    """The blind trial's loop that printed 15 characters a call was told "printing costs most of
    its time": the ratio with print() doing nothing now decides."""
    learner = tmp_path / "softmax.py"
    learner.write_text(LOOPS_AND_PRINTS_A_LITTLE, encoding="utf-8")
    (result,) = run_check([SOFTMAX], {"softmax": learner}, CheckOptions())
    assert result.status == "slow", result.message
    assert "remove the prints" not in result.message and "vectorise" in result.message
    quiet = result.timing.ratio_without_printing
    assert quiet > SOFTMAX.timing.max_ratio
    # shown when it is lower: a higher one is noise, and would read as "the prints make it faster"
    assert ("without its prints" in result.message) == (quiet < result.timing.ratio), result.message


@pytest.mark.parametrize(
    ("ratio", "limit", "shown"),
    [
        (5.004, 5.0, "5.004"),
        (4.9996, 5.0, "4.9996"),
        (5.0, 5.0, "5.00"),
        (3.14159, 5.0, "3.14"),
        (12.0, 5.0, "12.00"),
    ],
)
def test_a_ratio_next_to_its_limit_has_the_digits_that_tell_them_apart(ratio, limit, shown):
    """A new-user trial read "ratio 5.00 (at most 5)" above a slow verdict."""
    from harness.timing import ratio_text

    assert ratio_text(ratio, limit) == shown


def test_a_function_that_prints_is_told_to_remove_the_prints_only_when_printing_makes_it_slow():
    """A passing softmax printing 1,141 characters a call was told "printing is slow: remove the
    prints" (a new-user trial); only a verdict of slow from printing says so now."""
    from harness.report import kata_text

    passing = TimingResult(1e-4, 1e-4, 1.0, 5.0, spread=(0.9, 1.1), printed_chars_per_call=1141.0)
    printing = TimingResult(1e-2, 1e-4, 100.0, 5.0, spread=(90.0, 110.0), printed_chars_per_call=1141.0)
    printing.ratio_without_printing = 1.0
    for timing, told in ((passing, False), (printing, True)):
        result = KataResult(SOFTMAX, "pass")
        judge(result, timing)
        text = "\n".join(kata_text(result))
        assert "printing: 1141 characters a call" in text
        assert ("remove the prints" in text) is told, text


def _timed_proxy(tmp_path: Path, body: str):
    """A worker whose softmax runs body, loaded and given a small bench input."""
    import numpy as np

    from harness.runner import learner_proxy

    source = f"import time\n\ndef softmax(x, axis=-1):\n{body}    return x\n"
    path = tmp_path / "softmax.py"
    path.write_text(source, encoding="utf-8")
    proxy = learner_proxy(SOFTMAX, source, path, CheckOptions())
    assert proxy.load().status == "loaded"
    proxy.prepare_bench((np.zeros((2, 3)),), {})
    return proxy


def test_a_batch_counts_the_waits_a_function_makes_of_its_own_accord(tmp_path: Path):
    """A sleep costs no CPU but is the function's own time: it counts (left out, the batch would
    read its CPU time, about 0.1 ms). Half of it at least: the time the worker waits for a CPU
    to read the request is left out too, several ms on a busy machine (it failed once at 5 x 2 ms)."""
    proxy = _timed_proxy(tmp_path, "    time.sleep(0.005)\n")
    try:
        assert proxy.time_batch(5) >= 5 * 0.005 / 2
    finally:
        proxy.close()


def test_a_batch_leaves_out_the_time_a_busy_machine_held_the_cpu(tmp_path: Path):
    """With a busy process pinned to the worker's CPU, the batch's wall time about doubles; what
    is counted is the CPU time the kernel reports (schedstat), which a loaded machine would
    otherwise squeeze towards a ratio of 1."""
    import os
    import subprocess
    import sys
    import time

    proxy = _timed_proxy(tmp_path, "    for _ in range(200_000):\n        pass\n")
    busy = None
    try:
        assert proxy.worker.scheduled_ns() is not None, "no /proc/PID/task/TID/schedstat on this Linux"
        cpu = sorted(os.sched_getaffinity(0))[0]
        proxy.pin_to({cpu})
        busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
        os.sched_setaffinity(busy.pid, {cpu})
        time.sleep(0.1)
        started = time.perf_counter()
        timed = proxy.time_batch(10)
        wall = time.perf_counter() - started
        assert timed < 0.8 * wall, (timed, wall)  # the busy process held the CPU about half the time
    finally:
        if busy is not None:
            busy.kill()
            busy.wait()
        proxy.close()


def test_a_bench_input_past_the_time_or_memory_limit_is_slow_not_an_error():
    """roc_auc's all-pairs answer passes its tests, then needs n^2 memory at n = 32000: correct
    but not scaling, which is what slow means (a new user was told 'error')."""
    from harness.learner_errors import LearnerCrashed, LearnerRaised, LearnerTimedOut
    from harness.timing_verdict import timing_failed

    memory = LearnerRaised({"type": "MemoryError", "mro": ["MemoryError", "Exception"], "message": "x"})
    for problem, status, words in [
        (LearnerTimedOut("ran past"), "slow", "did not finish within the 10 s"),
        (memory, "slow", "more memory than the limit (2 GiB)"),
        (LearnerCrashed("crashed"), "error", "timing: crashed"),
    ]:
        result = KataResult(SOFTMAX, "pass")
        timing_failed(result, problem, 10.0)
        assert result.status == status and words in result.message, result.message


ONE_KATA, THREE_KATAS = ["softmax"], ["softmax", "sigmoid", "variance"]


@pytest.mark.parametrize(("katas", "fresh"), [(ONE_KATA, True), (THREE_KATAS, False)])
def test_a_small_check_times_the_learner_in_a_worker_other_than_the_one_of_its_tests(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, katas: list[str], fresh: bool
):
    """What the hidden tests left in a worker's memory made population_stability_index's reference
    0.85x as fast there: a check of one or two katas times a fresh worker; a larger one (grade)
    times the worker of the tests, which saves a worker start a kata."""
    catalog = load_catalog()
    files = {}
    for slug in katas:
        files[slug] = tmp_path / f"{slug}.py"
        shutil.copy(catalog[slug].solution_path, files[slug])
    tested, timed = {}, {}
    original_test, original_time = runner._Run.test, runner._time

    def test(run):
        original_test(run)
        tested.update({slug: proxy.worker.process.pid for slug, proxy in run.learners.items()})

    def time_(result, learner, reference, options):
        timed[result.kata.slug] = learner.worker.process.pid
        original_time(result, learner, reference, options)

    monkeypatch.setattr(runner._Run, "test", test)
    monkeypatch.setattr(runner, "_time", time_)
    results = run_check([catalog[slug] for slug in katas], files, CheckOptions())
    assert [result.status for result in results] == ["pass"] * len(katas)
    assert all((timed[slug] != tested[slug]) is fresh for slug in katas), (tested, timed)
