"""Learner files are decoded as Python decodes source: BOM, coding line, newlines."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from conftest import ROOT
from harness.catalog import load_catalog
from harness.runner import CheckOptions, run_check
from harness.source import decode_source, read_learner_file

SOFTMAX = (ROOT / "solutions" / "softmax.py").read_bytes()
LATIN_1_SOFTMAX = b"# -*- coding: latin-1 -*-\n# \xe9crit \xe0 la main: d\xe9cal\xe9 par le max\n" + SOFTMAX


def check_bytes(tmp_path: Path, data: bytes) -> tuple[str, str]:
    """Write data as the learner's softmax.py and check it the way `kata check` does."""
    learner = tmp_path / "workspace" / "softmax.py"
    learner.parent.mkdir()
    learner.write_bytes(data)
    [result] = run_check([load_catalog()["softmax"]], {"softmax": learner}, CheckOptions(timing=False))
    return result.status, result.message


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + SOFTMAX,
        LATIN_1_SOFTMAX,
        SOFTMAX.replace(b"\n", b"\r\n"),
        SOFTMAX.replace(b"\n", b"\r"),
        codecs.BOM_UTF8 + b"# coding: utf-8\r\n" + SOFTMAX.replace(b"\n", b"\r\n"),
    ],
    ids=["utf-8 with a BOM", "latin-1 coding line", "CRLF", "CR only", "BOM, utf-8 coding line, CRLF"],
)
def test_a_correct_file_passes_however_python_would_read_it(tmp_path: Path, data: bytes):
    assert check_bytes(tmp_path, data) == ("pass", "")


@pytest.mark.parametrize(
    ("start", "newline"),
    [(b"", b"\r\n"), (b"", b"\r"), (codecs.BOM_UTF8, b"\r\n"), (codecs.BOM_UTF8, b"\r")],
    ids=["CRLF", "CR only", "BOM and CRLF", "BOM and CR only"],
)
def test_a_syntax_error_in_a_file_with_other_newlines_names_its_line(
    tmp_path: Path, start: bytes, newline: bytes
):
    lines = [b"import numpy as np", b"", b"", b"def softmax(x, axis=-1)", b"    return x", b""]
    status, message = check_bytes(tmp_path, start + newline.join(lines))
    assert status == "error"
    assert "line 4: syntax error" in message


UNDECODABLE = {
    "invalid UTF-8 without a coding line": (
        SOFTMAX.replace(b"Reference solution", b"R\xe9f\xe9rence solution"),
        4,
        "save it as UTF-8",
    ),
    "bytes invalid for the declared encoding": (
        b"# coding: ascii\n" + SOFTMAX.replace(b"Reference", b"R\xc3\xa9f"),
        20,
        "save it as UTF-8",
    ),
    "an unknown encoding in the coding line": (b"# coding: klingon\n" + SOFTMAX, 10, "coding line"),
    "a codec that is not a text encoding": (b"# coding: rot13\n" + SOFTMAX, 10, "coding line"),
    "a BOM and a latin-1 coding line": (
        codecs.BOM_UTF8 + b"# -*- coding: latin-1 -*-\n" + SOFTMAX,
        3 + 14,
        "coding line",
    ),
}


@pytest.mark.parametrize(("data", "offset", "advice"), UNDECODABLE.values(), ids=UNDECODABLE.keys())
def test_an_undecodable_file_is_one_line_with_the_byte_position(
    tmp_path: Path, data: bytes, offset: int, advice: str
):
    status, message = check_bytes(tmp_path, data)
    assert status == "error"
    assert len(message.splitlines()) == 1 and "Traceback" not in message
    assert str(tmp_path / "workspace" / "softmax.py") in message
    assert f"byte {offset}" in message
    assert advice in message


def test_decode_source_translates_every_newline_and_drops_the_bom():
    data = codecs.BOM_UTF8 + b"a = 1\r\nb = '''x\ry'''\rc = 3\n"
    assert decode_source(data) == "a = 1\nb = '''x\ny'''\nc = 3\n"


def test_decode_source_reads_the_coding_line_on_the_second_line():
    assert decode_source(b"#!/usr/bin/env python\n# coding: latin-1\nname = '\xe9'\n").endswith("'\xe9'\n")


def test_a_missing_file_says_to_run_init(tmp_path: Path):
    source, problem = read_learner_file(tmp_path / "softmax.py")
    assert source is None and "run `kata init`" in problem
