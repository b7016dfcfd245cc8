"""How far the timing verdict can be trusted, kata by kata (issue 11's fidelity figures).

    python benchmarks/timing_fidelity.py [--runs 20] [--stability 10]
        [--out benchmarks/results/timing_fidelity.md]

(a) the reference submitted as the learner's code: the share of runs whose ratio is
    within 0.85-1.18 (target: at least 95%);
(b) the reference slowed ten times (it busy-waits nine times as much CPU time as each call
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
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
import types
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from harness.catalog import load_catalog  # noqa: E402
from harness.compare import distance  # noqa: E402
from harness.runner import CheckOptions, run_check  # noqa: E402
from harness.timing import bench_input  # noqa: E402

SLOWED = """
import time as _time

{source}

_reference_{slug} = {slug}


def {slug}(*args, **kwargs):
    # nine times the call's own CPU time, spent on the CPU: a wait measured on the wall clock
    # is cut short in CPU time when the worker is preempted, and timing counts CPU time
    started = _time.thread_time()
    result = _reference_{slug}(*args, **kwargs)
    until = _time.thread_time() + 9 * (_time.thread_time() - started)
    while _time.thread_time() < until:
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


def _torch(call):
    """A PyTorch function (CPU, one thread) called on tensors sharing the bench's arrays' memory."""

    def load():
        torch = importlib.import_module("torch")
        torch.set_num_threads(1)
        tensor = torch.from_numpy
        return lambda *args, **kwargs: call(torch, tensor, *args, **kwargs)

    return load


def _batch_norm(torch, t, x, gamma, beta, running_mean, running_var, training):
    mean, var = t(running_mean.copy()), t(running_var.copy())  # torch updates them in place
    return torch.nn.functional.batch_norm(t(x), mean, var, t(gamma), t(beta), training=training).numpy()


def _clip(torch, t, grads, max_norm):
    holders = [types.SimpleNamespace(grad=t(g.copy())) for g in grads]  # torch clips in place
    total_norm = float(torch.nn.utils.clip_grad_norm_(holders, max_norm))
    return [holder.grad.numpy() for holder in holders], total_norm


def _rnn(torch, t, x, h0, Wx, Wh, b):
    weights = (t(Wx.T.copy()), t(Wh.T.copy()), t(b), t(np.zeros_like(b)))
    outputs, h_last = torch.rnn_tanh(t(x), t(h0)[None], weights, True, 1, 0.0, False, False, False)
    return outputs.numpy(), h_last[0].numpy()


def _lstm_cell(torch, t, x, h, c, W, b):
    hidden = h.shape[1]  # W's rows are [h, x]: torch wants the input weights and the hidden ones apart
    w_ih, w_hh = t(W[hidden:].T.copy()), t(W[:hidden].T.copy())
    h_new, c_new = torch.lstm_cell(t(x), (t(h), t(c)), w_ih, w_hh, t(b), t(np.zeros_like(b)))
    return h_new.numpy(), c_new.numpy()


def _multi_head_attention(torch, t, x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    length = x.shape[1]
    mask = torch.triu(torch.ones(length, length, dtype=torch.bool), 1) if causal else None
    seq_first = t(x).transpose(0, 1)
    in_proj = t(np.concatenate([Wq.T, Wk.T, Wv.T]))
    out, _ = torch.nn.functional.multi_head_attention_forward(
        seq_first,
        seq_first,
        seq_first,
        x.shape[2],
        n_heads,
        in_proj,
        None,
        None,
        None,
        False,
        0.0,
        t(Wo.T.copy()),
        None,
        need_weights=False,
        attn_mask=mask,
    )
    return out.transpose(0, 1).numpy()


TORCH = {  # kata: (what, a loader): PyTorch has the same function
    "log_softmax": ("torch log_softmax", _torch(lambda torch, t, x: torch.log_softmax(t(x), -1).numpy())),
    "layer_norm": (
        "torch layer_norm",
        _torch(lambda torch, t, x, g, b: torch.nn.functional.layer_norm(t(x), g.shape, t(g), t(b)).numpy()),
    ),
    "batchnorm_forward": ("torch batch_norm", _torch(_batch_norm)),
    "conv2d": (
        "torch conv2d",
        _torch(lambda torch, t, x, w, b, **kw: torch.nn.functional.conv2d(t(x), t(w), t(b), **kw).numpy()),
    ),
    "max_pool2d": (
        "torch max_pool2d",
        _torch(lambda torch, t, x, kernel: torch.nn.functional.max_pool2d(t(x), kernel).numpy()),
    ),
    "dense_forward": (
        "torch linear + sigmoid",
        _torch(lambda torch, t, x, W, b, activation: torch.sigmoid(t(x) @ t(W) + t(b)).numpy()),
    ),
    "cross_entropy": (
        "torch cross_entropy",
        _torch(lambda torch, t, z, y: torch.nn.functional.cross_entropy(t(z), t(y)).item()),
    ),
    "perplexity": (
        "torch exp(cross_entropy)",
        _torch(lambda torch, t, z, y: math.exp(torch.nn.functional.cross_entropy(t(z), t(y)).item())),
    ),
    "negative_sampling_loss": (
        "torch logsigmoid",
        _torch(
            lambda torch, t, c, o, n: (
                -torch.nn.functional.logsigmoid(t(o) @ t(c))
                - torch.nn.functional.logsigmoid(-(t(n) @ t(c))).sum()
            ).item()
        ),
    ),
    "clip_grad_norm": ("torch clip_grad_norm_", _torch(_clip)),
    "rnn_forward": ("torch rnn_tanh", _torch(_rnn)),
    "lstm_cell": ("torch lstm_cell", _torch(_lstm_cell)),
    "multi_head_attention": ("torch multi_head_attention_forward", _torch(_multi_head_attention)),
    "scaled_dot_product_attention": (
        "torch scaled_dot_product_attention",
        _torch(
            lambda torch, t, q, k, v, mask: torch.nn.functional.scaled_dot_product_attention(
                t(q), t(k), t(v), attn_mask=t(mask)
            ).numpy()
        ),
    ),
}


LIBRARIES = {  # kata: (what, a loader of a function taking the kata's bench args and kwargs)
    "softmax": (
        "scipy.special.softmax",
        _adapted("scipy.special", "softmax", lambda f, x, axis=-1: f(x, axis=axis)),  # its default is None
    ),
    "sigmoid": ("scipy.special.expit", _load("scipy.special", "expit")),
    "dot_product": ("numpy.dot", _load("numpy", "dot")),
    "l2_norm": ("numpy.linalg.norm", _load("numpy.linalg", "norm")),
    "variance": ("numpy.var", _load("numpy", "var")),
    "entropy": (
        "scipy.special.entr, summed (scipy.stats.entropy renormalises p, the kata does not)",
        _adapted("scipy.special", "entr", lambda f, p: f(p).sum(axis=-1) / math.log(2)),
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
LIBRARIES.update(TORCH)


def learner_workspace(folder: Path) -> Path:
    """A workspace as `kata init` writes it, every kata's stub in it: what a learner's is. A
    folder holding one file is not: the worker lists its workspace when it imports, and
    mse_loss_and_grad's reference measured 1.11-1.14x from one, 0.90-1.08x from this."""
    workspace = folder / "workspace"
    command = [sys.executable, "-m", "harness", "init", "-w", str(workspace)]
    subprocess.run(command, check=True, capture_output=True)
    return workspace


def ratios(kata, file: Path, runs: int, workspace: Path) -> list[tuple[str, float]]:
    """The status and ratio of runs checks of file, copied into workspace as SLUG.py."""
    learner = workspace / f"{kata.slug}.py"
    shutil.copy(file, learner)
    found = []
    for seed in range(runs):
        (result,) = run_check([kata], {kata.slug: learner}, CheckOptions(seed=seed))
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
    ours_answer, their_answer = reference(*args, **kwargs), library(*args, **kwargs)
    if isinstance(ours_answer, tuple) and not isinstance(their_answer, tuple):
        ours_answer = ours_answer[0]  # the library gives the first of the kata's outputs only
    if distance(their_answer, ours_answer) > 1e-6:
        return f"{name} gives another answer on the bench input: its adapter is wrong"
    ours = min(timeit.repeat(lambda: reference(*args, **kwargs), number=20, repeat=5)) / 20
    theirs = min(timeit.repeat(lambda: library(*args, **kwargs), number=20, repeat=5)) / 20
    return f"{ours / theirs:.2f} ({name})"


def stability(runs: int, workspace: Path) -> list[str]:
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
        found = ratios(kata, path, runs, workspace)
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
    parser.add_argument("slugs", nargs="*", help="only these katas (default: the whole catalog)")
    parser.add_argument("--libraries-only", action="store_true", help="(e) only, without checks")
    parser.add_argument("--slowed-only", action="store_true", help="(b) only: the file ten times slower")
    options = parser.parse_args()
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    katas = [kata for kata in load_catalog().values() if not options.slugs or kata.slug in options.slugs]
    if options.libraries_only:
        for kata in katas:
            print(f"| {kata.slug} | {library_ratio(kata)} |", flush=True)
        return
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    lines = [
        "# Timing fidelity",
        "",
        f"`python benchmarks/timing_fidelity.py --runs {options.runs}"
        + (f" --stability {options.stability}" if options.stability else "")
        + (" --slowed-only" if options.slowed_only else "")
        + "".join(f" {slug}" for slug in options.slugs)
        + f"`, {time.strftime('%Y-%m-%d')}, "
        f"{platform.machine()}, {cores} cores, Python {platform.python_version()}, {platform.system()}.",
        "",
        "| kata | (a) reference: ratios in 0.85-1.18 | median ratio | (b) 10x slower: runs slow | "
        "smallest ratio | (e) reference / library |",
        "|---|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory(prefix="kata-fidelity-") as folder:
        workspace = learner_workspace(Path(folder))
        for kata in katas:
            same = [] if options.slowed_only else ratios(kata, kata.solution_path, options.runs, workspace)
            within = sum(0.85 <= ratio <= 1.18 for _, ratio in same)
            slowed_file = Path(folder) / f"{kata.slug}.py"
            source = kata.solution_path.read_text(encoding="utf-8")
            slowed_file.write_text(SLOWED.format(source=source, slug=kata.slug), encoding="utf-8")
            slowed = ratios(kata, slowed_file, options.runs, workspace)
            slow = sum(status == "slow" for status, _ in slowed)
            row = (
                f"| {kata.slug} | {within}/{options.runs} ({100 * within / options.runs:.0f}%) | "
                f"{statistics.median(r for _, r in same):.2f} | {slow}/{options.runs} | "
                f"{min(r for _, r in slowed):.1f} | {library_ratio(kata)} |"
                if same
                else f"| {kata.slug} | - | - | {slow}/{options.runs} | {min(r for _, r in slowed):.1f} | - |"
            )
            print(row, flush=True)
            lines.append(row)
        if options.stability:
            lines += stability(options.stability, workspace)
    text = "\n".join(lines) + "\n"
    if options.out:
        options.out.parent.mkdir(parents=True, exist_ok=True)
        options.out.write_text(text, encoding="utf-8")
        print(f"written to {options.out}")


if __name__ == "__main__":
    main()
