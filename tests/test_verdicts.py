"""One cause, one verdict: what a check says when learner code crashes, hangs or returns too much.

Each learner file is checked through run_check, the function behind `kata check`,
then rendered by the text report a learner reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.catalog import load_catalog
from harness.report import format_seconds, kata_text
from harness.results import KataResult
from harness.runner import CheckOptions, run_check

KATAS = load_catalog()
ADAM = "def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):\n"


def check(tmp_path: Path, slug: str, source: str, **options) -> KataResult:
    path = tmp_path / f"{slug}.py"
    path.write_text(source, encoding="utf-8")
    options.setdefault("timing", False)
    return run_check([KATAS[slug]], {slug: path}, CheckOptions(**options))[0]


def test_a_file_that_crashes_on_every_call_starts_two_workers_not_one_per_test(tmp_path):
    result = check(tmp_path, "adam_step", "import os\n" + ADAM + "    os.abort()\n")
    crashed = [t for t in result.tests if t.ran]
    not_run = [t for t in result.tests if not t.ran]
    assert result.status == "error" and "SIGABRT" in result.message
    assert len(crashed) == 2 and all("crashed with SIGABRT" in t.message for t in crashed)
    assert len(not_run) == len(result.tests) - 2 >= 10
    assert all(t.message.startswith("not run: your code had already crashed") for t in not_run)


def test_the_text_report_folds_a_repeated_crash_into_one_line(tmp_path):
    result = check(tmp_path, "adam_step", "import os\n" + ADAM + "    os.abort()\n")
    text = "\n".join(kata_text(result))
    assert text.count("crashed with SIGABRT") <= 4, text  # first test, its fold, the not-run line, verdict
    assert "... and 1 more test: the same error" in text
    assert f"{len(result.tests) - 2} tests not run: your code had already crashed" in text
    assert len(text.splitlines()) <= 6, text


def test_tests_after_a_timeout_say_they_were_not_run_and_nothing_blames_loading(tmp_path):
    source = "def softmax(x, axis=-1):\n    while True:\n        pass\n"
    result = check(tmp_path, "softmax", source, timeout=1.0)
    assert result.status == "timeout"
    assert result.tests[0].status == "timeout" and "ran past the time limit" in result.tests[0].message
    later = result.tests[1:]
    assert later and all(t.message == "not run: the kata had already timed out" for t in later)
    assert all(t.status == "timeout" and not t.ran for t in later)
    assert not any("loading" in t.message for t in result.tests)


def test_a_broadcast_view_claiming_gigabytes_is_refused_by_its_shape(tmp_path):
    source = (
        "import numpy as np\n\n"
        "def softmax(x, axis=-1):\n    return np.broadcast_to(np.zeros(1), (16384, 16384))\n"
    )
    result = check(tmp_path, "softmax", source)
    assert result.status == "fail", result.message  # the old worker copied 2 GiB and timed out
    message = result.tests[0].message
    assert "shape (16384, 16384)" in message and "float64" in message and "2 GiB" in message


@pytest.mark.parametrize(
    ("ending", "status"),
    [("while True:\n        pass", "timeout"), ("import os; os.abort()", "error")],
    ids=["timeout", "crash"],
)
def test_output_printed_just_before_a_timeout_or_crash_is_kept(tmp_path, ending, status):
    source = f"def softmax(x, axis=-1):\n    print('about to go wrong')\n    {ending}\n"
    result = check(tmp_path, "softmax", source, timeout=1.0)
    assert result.status == status
    assert "about to go wrong" in result.output


def test_each_kata_gets_its_own_duration(tmp_path):
    slow = "import time\n\ndef softmax(x, axis=-1):\n    time.sleep(0.1)\n    raise ValueError('no')\n"
    (tmp_path / "softmax.py").write_text(slow)
    (tmp_path / "iou.py").write_text("def iou(boxes_a, boxes_b):\n    raise ValueError('no')\n")
    files = {"softmax": tmp_path / "softmax.py", "iou": tmp_path / "iou.py"}
    softmax, iou = run_check([KATAS["softmax"], KATAS["iou"]], files, CheckOptions(timing=False))
    # softmax sleeps 0.1 s in each of its tests; iou answers at once
    assert softmax.duration_seconds > 0.1 * len(softmax.tests) > iou.duration_seconds


def test_the_text_report_says_how_much_printed_output_it_cut(tmp_path):
    source = "def softmax(x, axis=-1):\n    for i in range(30):\n        print('line', i)\n    return x\n"
    result = check(tmp_path, "softmax", source)
    text = "\n".join(kata_text(result))
    assert "| line 11" in text and "| line 12" not in text
    assert "more lines not shown" in text


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(0.0009996, "1 ms"), (0.00099949, "999 µs"), (0.9996, "1 s"), (1.2345, "1.23 s"), (3.16e-6, "3.16 µs")],
)
def test_a_time_is_printed_in_the_unit_that_fits_it_once_rounded(seconds, shown):
    assert format_seconds(seconds) == shown


def test_an_int_too_large_to_print_is_the_learners_wrong_value_not_an_exit(tmp_path):
    source = "def conv_output_size(size, kernel, padding=0, stride=1, dilation=1):\n    return 10 ** 5000\n"
    result = check(tmp_path, "conv_output_size", source)
    assert result.status == "fail", result.message  # the worker used to die: "exited with status 0"
    assert "an int of 16,610 bits" in result.tests[0].message


def test_a_correct_function_that_prints_a_lot_on_each_call_is_not_failed_by_its_timing(tmp_path):
    source = (
        "import sys\n\nimport numpy as np\n\n\ndef softmax(x, axis=-1):\n"
        "    sys.stdout.write('x' * 3_000_000 + '\\n')\n"
        "    e = np.exp(x - np.max(x, axis=axis, keepdims=True))\n"
        "    return e / np.sum(e, axis=axis, keepdims=True)\n"
    )
    result = check(tmp_path, "softmax", source, timing=True)
    assert result.status in ("pass", "slow"), result.message  # a timed batch is many calls, not one
    assert result.timing is not None


def test_the_quoted_line_of_a_traceback_is_the_line_python_names(tmp_path):
    source = (
        "def softmax(x, axis=-1):\n"
        "    # a comment with characters str.splitlines() breaks at: \u2028 \x1c \x85 and \x0c\n"
        "    raise ValueError('on line 3')\n"
    )
    result = check(tmp_path, "softmax", source)
    assert "softmax.py, line 3, in softmax: raise ValueError('on line 3')" in result.tests[0].message


def test_an_exit_status_above_128_is_an_exit_not_a_signal(tmp_path):
    source = "import os\n\n\ndef softmax(x, axis=-1):\n    os._exit(139)\n"
    result = check(tmp_path, "softmax", source)
    assert "exited with status 139" in result.tests[0].message  # bwrap alone says 139 = SIGSEGV
    assert "SIGSEGV" not in result.message


def test_memory_held_by_a_raised_exceptions_frames_is_freed_after_each_call(tmp_path):
    source = (
        "import numpy as np\n\n\ndef softmax(x, axis=-1):\n"
        "    held = np.ones(40_000_000)  # 320 MB, kept alive by the traceback's frame\n"
        "    error = ValueError(f'not written yet ({held.size})')  # the frame holds the exception\n"
        "    raise error\n"
    )
    result = check(tmp_path, "softmax", source)
    messages = {t.message.split(" at ")[0] for t in result.tests}
    assert messages == {"your function raised ValueError: not written yet (40000000)"}, messages
