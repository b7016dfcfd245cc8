"""Learner files, decoded exactly as Python decodes source code.

The rules are those of ``tokenize.detect_encoding`` and ``importlib.util.decode_source``
(PEP 263 and PEP 3120): a UTF-8 byte-order mark, or a coding line on the first or second
line, or else UTF-8; then every CRLF and lone CR becomes ``\\n`` (universal newlines).
The result never starts with a byte-order mark, so ``compile`` in the worker sees the
text Python itself would see, with the same line numbers.
"""

from __future__ import annotations

import codecs
import io
import re
import tokenize
from pathlib import Path

# The coding line of PEP 263, as tokenize finds it, on bytes so that its offset is exact.
CODING_LINE = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")
SAVE_AS_UTF8 = "save it as UTF-8 (in your editor: save with encoding UTF-8)"
REMOVE_AND_SAVE = "remove the coding line and " + SAVE_AS_UTF8


class UndecodableSource(ValueError):
    """Python could not decode the file: where (a byte offset) and why, and what to do."""

    def __init__(self, offset: int, problem: str, advice: str) -> None:
        super().__init__(f"{problem}; {advice}")
        self.offset = offset
        self.problem = problem
        self.advice = advice


def _coding_line(data: bytes) -> tuple[int, str] | None:
    """The offset and name of the encoding a coding line declares, if one does."""
    start = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    for line in data[start:].splitlines(keepends=True)[:2]:
        match = CODING_LINE.match(line)
        if match:
            return start + match.start(1), match.group(1).decode("ascii")
        start += len(line)
    return None


def _not_utf8(data: bytes, start: int) -> UndecodableSource:
    """The error for data (from offset start on) that is not valid UTF-8."""
    try:
        data[start:].decode("utf-8")
    except UnicodeDecodeError as error:
        return UndecodableSource(start + error.start, "is not valid UTF-8", SAVE_AS_UTF8)
    return UndecodableSource(start, "is not valid UTF-8", SAVE_AS_UTF8)


def _bad_coding_line(data: bytes, reason: str) -> UndecodableSource:
    """The error for a coding line Python refuses (reason: what tokenize said)."""
    declared = _coding_line(data)
    if declared is None:  # tokenize refused the first lines before finding a coding line
        return _not_utf8(data, len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0)
    offset, name = declared
    if reason.startswith("encoding problem"):
        problem = f"starts with a UTF-8 byte-order mark but its coding line declares {name}"
    elif reason.startswith("unknown encoding"):
        problem = f"declares the encoding {name!r} in its coding line, which Python does not know"
    else:
        problem = f"declares the encoding {name!r} in its coding line, which is not a text encoding"
    return UndecodableSource(offset, problem, REMOVE_AND_SAVE)


def decode_source(data: bytes) -> str:
    """The source text of data as Python reads it; raises UndecodableSource."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as error:
        raise _bad_coding_line(data, str(error.msg)) from None
    start = 0
    if encoding == "utf-8-sig":
        encoding, start = "utf-8", len(codecs.BOM_UTF8)
    try:
        text = data[start:].decode(encoding)
    except UnicodeDecodeError as error:
        if encoding == "utf-8":
            raise _not_utf8(data, start) from None
        problem = f"is not valid {encoding}, the encoding its coding line declares"
        raise UndecodableSource(start + error.start, problem, REMOVE_AND_SAVE) from None
    except LookupError:
        raise _bad_coding_line(data, "not a text encoding") from None
    return io.IncrementalNewlineDecoder(None, translate=True).decode(text, final=True)


def read_learner_file(path: Path) -> tuple[str | None, str]:
    """The learner's file as Python would read it; (None, one line saying why) if it cannot be."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None, f"{path} does not exist; run `kata init` to create it"
    except OSError as error:
        return None, f"{path} cannot be read ({error.strerror}); check its permissions"
    try:
        return decode_source(data), ""
    except UndecodableSource as error:
        line = len((data[: error.offset] + b"x").splitlines())
        return None, f"{path} {error.problem} (byte {error.offset}, line {line}); {error.advice}"
