"""The message format between the harness and a worker process.

This module is loaded by the worker process too (by path, never as part of the
``harness`` package), so it imports only the standard library and NumPy.

A frame is an 8-byte big-endian length and a payload. A payload is a 4-byte
header length, a UTF-8 JSON header, then binary blobs (an array's raw bytes, in C
order, or Fortran order for a column-major array, which comes back column-major)
whose lengths the header lists; an array's dtype, shape and order are in the
header. Values are plain data: ``None``, bools, ints, floats, strings, and tagged
dicts for lists, tuples, dicts, arrays, NumPy scalars and the two markers (a seeded
random generator, a named test function). Nothing is ever unpickled: an array is
read with ``np.frombuffer`` once its dtype (bool, int or float only), shape and
byte count have been checked. (The ``.npy`` format was used before; parsing its
header cost about 80 us an array, a fifth of a call's time.)
"""

from __future__ import annotations

import json
import os
import re
import struct
from dataclasses import dataclass
from typing import Any

import numpy as np

MAX_FRAME_BYTES = 256 * 1024 * 1024
MAX_ARRAY_ELEMENTS = 32 * 1024 * 1024
MAX_NDIM = 32
MAX_DEPTH = 20
ALLOWED_DTYPE_KINDS = "biuf"
DTYPE_TEXT = re.compile(r"[<>|][biuf](1|2|4|8|16)")  # dtype.str of the allowed kinds


class WireError(Exception):
    """A message that is malformed, oversized or holds a value that is not plain data."""


class WireTooLarge(WireError):
    """A value too large for one message, judged before any of it is copied."""


MAX_VALUE_BYTES = MAX_FRAME_BYTES - 1024 * 1024  # the arrays of one message; the rest is its header
MAX_ITEMS = 1_000_000  # numbers, strings and entries of lists, tuples and dicts in one message
MAX_STRING_CHARS = 16 * 1024 * 1024
MAX_INT_BITS = 4096  # far below the 4300 digits past which Python refuses to print an int


def _bytes_text(count: int) -> str:
    for unit, size in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if count >= size:
            value = count / size
            return f"{value:,.0f} {unit}" if value >= 1000 else f"{value:.3g} {unit}"
    return f"{count} bytes"


@dataclass
class _Size:
    """What a value would take once copied into a message: counted from shapes, not data."""

    items: int = 0
    array_bytes: int = 0
    arrays: int = 0
    largest: np.ndarray | None = None

    def add(self, value: Any, depth: int) -> None:
        if depth > MAX_DEPTH:
            return  # _encode says how deep
        kind = type(value)
        self.items += len(value) if kind in (list, tuple, dict) else 0  # judged before descending
        if self.items > MAX_ITEMS:
            raise WireTooLarge(f"a value of more than {MAX_ITEMS:,} items; return NumPy arrays")
        if isinstance(value, np.ndarray):
            self.add_array(value)
        elif kind is str and len(value) > MAX_STRING_CHARS:
            raise WireTooLarge(f"a string of {len(value):,} characters (at most {MAX_STRING_CHARS:,})")
        elif kind is int and value.bit_length() > MAX_INT_BITS:
            raise WireTooLarge(f"an int of {value.bit_length():,} bits (at most {MAX_INT_BITS})")
        elif kind in (list, tuple):
            for item in value:
                self.add(item, depth + 1)
        elif kind is dict:
            for item in value.values():
                self.add(item, depth + 1)

    def add_array(self, array: np.ndarray) -> None:
        size = array.size * array.dtype.itemsize
        self.arrays += 1
        self.array_bytes += size
        if self.largest is None or size > self.largest.size * self.largest.dtype.itemsize:
            self.largest = array

    def check(self) -> None:
        """Raise WireTooLarge when the arrays counted would not fit in one message."""
        too_many = self.largest is not None and self.largest.size > MAX_ARRAY_ELEMENTS
        if too_many or self.array_bytes > MAX_VALUE_BYTES:
            raise WireTooLarge(self.describe())

    def describe(self) -> str:
        largest = self.largest
        largest_bytes = largest.size * largest.dtype.itemsize
        shape = f"of shape {largest.shape} and dtype {largest.dtype}"
        limit = f"more than the {_bytes_text(MAX_VALUE_BYTES)} a result may hold"
        if self.arrays == 1 or largest_bytes > MAX_VALUE_BYTES:  # one array is too large on its own
            return f"an array {shape}: {_bytes_text(largest_bytes)} once copied, {limit}"
        return f"arrays of {_bytes_text(self.array_bytes)} in all once copied (the largest {shape}), {limit}"


@dataclass(frozen=True)
class SeededRng:
    """Marker for ``numpy.random.default_rng(seed)``, built anew on each side."""

    seed: int


@dataclass(frozen=True)
class NamedFunction:
    """Marker for one of the test functions of ``NAMED_FUNCTIONS``."""

    name: str

    def __call__(self, x: Any) -> Any:
        return NAMED_FUNCTIONS[self.name](x)


def _sum_of_squares(x: np.ndarray) -> float:
    return float(np.sum(np.asarray(x, dtype=np.float64) ** 2))


def _sin_sum(x: np.ndarray) -> float:
    return float(np.sum(np.sin(x)))


def _cubic_product(x: np.ndarray) -> float:
    flat = np.asarray(x, dtype=np.float64).ravel()
    return float(np.sum(flat**3) + np.sum(flat[:-1] * flat[1:]))


NAMED_FUNCTIONS = {
    "sum_of_squares": _sum_of_squares,
    "sin_sum": _sin_sum,
    "cubic_product": _cubic_product,
}


def materialise(value: Any) -> Any:
    """Turn markers into the real objects a function receives."""
    if isinstance(value, SeededRng):
        return np.random.default_rng(value.seed)
    if isinstance(value, NamedFunction):
        return NAMED_FUNCTIONS[value.name]
    if isinstance(value, list):
        return [materialise(item) for item in value]
    if isinstance(value, tuple):
        return tuple(materialise(item) for item in value)
    if isinstance(value, dict):
        return {key: materialise(item) for key, item in value.items()}
    return value


def unmaterialise(sent: Any, after: Any) -> Any:
    """after (a call's arguments, as the call left them) with each marker of sent put back.

    A seeded generator or a named function cannot be sent back; what the call may have
    changed (the arrays) is taken from after.
    """
    if isinstance(sent, (SeededRng, NamedFunction)):
        return sent
    if type(sent) in (list, tuple) and type(after) is type(sent) and len(after) == len(sent):
        return type(sent)(unmaterialise(one, other) for one, other in zip(sent, after))
    if type(sent) is dict and type(after) is dict and after.keys() == sent.keys():
        return {key: unmaterialise(sent[key], after[key]) for key in sent}
    return after


# -- encoding -----------------------------------------------------------------


def _fortran(array: np.ndarray) -> bool:
    """Column-major and not row-major: sent (and rebuilt) in Fortran order, as .npy keeps it."""
    return bool(array.flags.f_contiguous and not array.flags.c_contiguous)


def _array_bytes(array: np.ndarray) -> bytes:
    return array.tobytes(order="F" if _fortran(array) else "C")


def _describe_type(value: Any) -> str:
    kind = type(value)
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


_NUMPY_SCALAR_TYPES = frozenset(np.dtype(code).type for code in "?bhilqBHILQefdg")


def _encode(value: Any, blobs: list[bytes], depth: int) -> Any:
    if depth > MAX_DEPTH:
        raise WireError(f"a value nested more than {MAX_DEPTH} levels deep")
    kind = type(value)
    if value is None or kind in (bool, int, float, str):
        return value
    if kind is np.ndarray:
        if value.dtype.kind not in ALLOWED_DTYPE_KINDS or value.dtype.fields is not None:
            raise WireError(f"an array of dtype {value.dtype} (only bool, int and float arrays)")
        blobs.append(_array_bytes(value))
        node = {"t": "array", "b": len(blobs) - 1, "d": value.dtype.str, "s": list(value.shape)}
        return {**node, "o": "F"} if _fortran(value) else node
    if isinstance(value, np.generic) and kind in _NUMPY_SCALAR_TYPES:
        if value.dtype.kind not in ALLOWED_DTYPE_KINDS:
            raise WireError(f"a NumPy scalar of dtype {value.dtype}")
        blobs.append(_array_bytes(np.asarray(value)))
        return {"t": "scalar", "b": len(blobs) - 1, "d": value.dtype.str, "s": []}
    if kind is list or kind is tuple:
        items = [_encode(item, blobs, depth + 1) for item in value]
        return {"t": "list" if kind is list else "tuple", "v": items}
    if kind is dict:
        pairs = []
        for key, item in value.items():
            if type(key) is not str:
                raise WireError(f"a dict with a key of type {_describe_type(key)} (keys must be str)")
            pairs.append([key, _encode(item, blobs, depth + 1)])
        return {"t": "dict", "v": pairs}
    if kind is SeededRng:
        return {"t": "rng", "seed": int(value.seed)}
    if kind is NamedFunction:
        return {"t": "func", "name": value.name}
    if isinstance(value, np.ndarray):
        raise WireError(f"a NumPy array subclass ({_describe_type(value)}); return a plain ndarray")
    raise WireError(f"a value of type {_describe_type(value)}")


def encode(message: dict[str, Any]) -> bytes:
    """Encode a message (a dict of plain data) into one frame's payload."""
    size = _Size()
    size.add(message, 0)
    size.check()  # the whole message is judged before any of it is copied
    blobs: list[bytes] = []
    tree = _encode(message, blobs, 0)
    header = json.dumps({"tree": tree, "blobs": [len(blob) for blob in blobs]}).encode()
    return b"".join([struct.pack(">I", len(header)), header, *blobs])


# -- decoding -----------------------------------------------------------------


def _read_array(node: dict[str, Any], blob: bytes, max_elements: int) -> np.ndarray:
    """The array a node describes (dtype "d", shape "s") from its blob; WireError unless all agree."""
    text, shape = node.get("d"), node.get("s")
    if type(text) is not str or not DTYPE_TEXT.fullmatch(text):
        raise WireError(f"an array of dtype {text!r} (only bool, int and float arrays)")
    try:
        dtype = np.dtype(text)
    except TypeError:
        raise WireError(f"an array of dtype {text!r} (only bool, int and float arrays)") from None
    if dtype.kind not in ALLOWED_DTYPE_KINDS or dtype.hasobject or dtype.fields is not None:
        raise WireError(f"an array of dtype {dtype} (only bool, int and float arrays)")
    if type(shape) is not list or len(shape) > MAX_NDIM or any(type(n) is not int or n < 0 for n in shape):
        raise WireError(f"an array of invalid shape {shape!r}")
    count = 1
    for n in shape:
        count *= n
    if count > max_elements:
        raise WireError(f"an array of {count} elements (at most {max_elements})")
    if len(blob) != count * dtype.itemsize:
        raise WireError(f"an array whose data is {len(blob)} bytes, not {count * dtype.itemsize}")
    order = node.get("o", "C")
    if order not in ("C", "F"):
        raise WireError(f"an array of memory order {order!r}")
    return np.frombuffer(blob, dtype=dtype, count=count).copy().reshape(shape, order=order)


def _decode(node: Any, blobs: list[bytes], depth: int, max_elements: int) -> Any:
    if depth > MAX_DEPTH:
        raise WireError(f"a value nested more than {MAX_DEPTH} levels deep")
    if node is None or type(node) in (bool, int, float, str):
        return node
    if type(node) is not dict or type(node.get("t")) is not str:
        raise WireError("an untagged value")
    tag = node["t"]
    if tag in ("array", "scalar"):
        index = node.get("b")
        if type(index) is not int or not 0 <= index < len(blobs):
            raise WireError("a reference to a missing blob")
        array = _read_array(node, blobs[index], max_elements)
        if tag == "scalar":
            if array.shape != ():
                raise WireError("a NumPy scalar that is not 0-dimensional")
            return array[()]
        return array
    if tag in ("list", "tuple"):
        items = node.get("v")
        if type(items) is not list:
            raise WireError(f"a {tag} without items")
        decoded = [_decode(item, blobs, depth + 1, max_elements) for item in items]
        return decoded if tag == "list" else tuple(decoded)
    if tag == "dict":
        pairs = node.get("v")
        if type(pairs) is not list:
            raise WireError("a dict without items")
        result = {}
        for pair in pairs:
            if type(pair) is not list or len(pair) != 2 or type(pair[0]) is not str:
                raise WireError("a dict item that is not a [str, value] pair")
            result[pair[0]] = _decode(pair[1], blobs, depth + 1, max_elements)
        return result
    if tag == "rng" and type(node.get("seed")) is int:
        return SeededRng(node["seed"])
    if tag == "func" and node.get("name") in NAMED_FUNCTIONS:
        return NamedFunction(node["name"])
    raise WireError(f"an unknown tag {tag!r}")


def decode(payload: bytes, max_elements: int = MAX_ARRAY_ELEMENTS) -> dict[str, Any]:
    """Decode one frame's payload; raise WireError for anything but plain data."""
    if len(payload) < 4:
        raise WireError("a message shorter than its header length")
    (header_length,) = struct.unpack(">I", payload[:4])
    if header_length > len(payload) - 4:
        raise WireError("a header longer than the message")
    try:
        header = json.loads(payload[4 : 4 + header_length].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise WireError(f"a header that is not JSON ({type(error).__name__})") from None
    if type(header) is not dict or type(header.get("blobs")) is not list:
        raise WireError("a header without a list of blobs")
    lengths = header["blobs"]
    if any(type(n) is not int or n < 0 for n in lengths):
        raise WireError("a blob of invalid length")
    if 4 + header_length + sum(lengths) != len(payload):
        raise WireError("blob lengths that do not add up to the message")
    blobs, offset = [], 4 + header_length
    for length in lengths:
        blobs.append(payload[offset : offset + length])
        offset += length
    message = _decode(header.get("tree"), blobs, 0, max_elements)
    if type(message) is not dict:
        raise WireError("a message that is not a dict")
    return message


# -- frames on file descriptors -----------------------------------------------


def write_frame(fd: int, payload: bytes) -> None:
    """Write one frame to a file descriptor, all of it."""
    data = memoryview(struct.pack(">Q", len(payload)) + payload)
    while data:
        written = os.write(fd, data)
        data = data[written:]


def read_exact(fd: int, count: int) -> bytes:
    """Read exactly count bytes from a blocking descriptor; EOFError if it closes first."""
    chunks, remaining = [], count
    while remaining:
        chunk = os.read(fd, min(remaining, 1 << 20))
        if not chunk:
            raise EOFError("the other side closed the channel")
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def read_frame(fd: int, max_bytes: int = MAX_FRAME_BYTES) -> bytes:
    """Read one frame's payload from a blocking descriptor."""
    (length,) = struct.unpack(">Q", read_exact(fd, 8))
    if length > max_bytes:
        raise WireError(f"a message of {length} bytes (at most {max_bytes})")
    return read_exact(fd, length)
