"""A class's gradebook: every learner's workspace graded, one CSV row per learner.

Learners are the sub-folders of a submissions folder, one per learner: a workspace
itself, or a clone of a learner's fork holding ``workspace/``. Each is graded from
a snapshot: its top-level regular ``.py`` files copied into a private temporary
folder (symbolic links are not followed, so a learner cannot point a kata file at a
classmate's), so every learner's workers see only that learner's files, and the
submissions are never written to. A broken or hostile submission is graded like any
other and affects only its own row.

A class larger than one machine is graded in shards (``--shard K/N``, a learner
belongs to the shard its name's SHA-256 picks) whose per-learner JSON reports
``merge`` joins into one gradebook, refusing reports of another catalog, seed or
schema.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import stat
import tempfile
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from harness.catalog import Kata
from harness.results import KataResult

MAX_FILES = 64  # top-level .py files of a snapshot
MAX_FILE_BYTES = 1024 * 1024


class GradebookError(Exception):
    """Bad input of a gradebook: a folder that is not one, a report that does not fit."""


@dataclass
class Learner:
    name: str
    workspace: Path  # the learner's own folder (never written to)


def learners(submissions: Path) -> list[Learner]:
    """The learners under submissions, sorted by name; hidden folders are skipped."""
    if not submissions.is_dir():
        raise GradebookError(f"{submissions} is not a folder of learners' workspaces")
    found = []
    for entry in sorted(submissions.iterdir(), key=lambda path: path.name):
        if entry.name.startswith(".") or entry.is_symlink() or not entry.is_dir():
            continue
        inner = entry / "workspace"
        found.append(Learner(entry.name, inner if inner.is_dir() and not inner.is_symlink() else entry))
    return found


def parse_shard(text: str) -> tuple[int, int]:
    """ "K/N" as (K, N) with 1 <= K <= N; GradebookError otherwise."""
    try:
        k, n = (int(part) for part in text.split("/"))
    except ValueError:
        raise GradebookError(f"--shard takes K/N, such as 2/4, not {text!r}") from None
    if not 1 <= k <= n:
        raise GradebookError(f"--shard {text}: K must be between 1 and N")
    return k, n


def in_shard(name: str, shard: tuple[int, int]) -> bool:
    """Whether a learner belongs to shard K of N: the same answer on every machine, every run."""
    k, n = shard
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big") % n == k - 1


def snapshot(learner: Learner, into: Path) -> Path:
    """Copy the learner's top-level regular .py files (no links, bounded sizes) into a new folder."""
    target = into
    target.mkdir(parents=True)
    try:
        entries = sorted(os.scandir(learner.workspace), key=lambda entry: entry.name)
    except OSError:
        return target  # an unreadable workspace: every kata file is missing
    copied = 0
    for entry in entries:
        if not entry.name.endswith(".py") or copied >= MAX_FILES:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
                continue
            descriptor = os.open(entry.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
            with os.fdopen(descriptor, "rb") as source:
                (target / entry.name).write_bytes(source.read(MAX_FILE_BYTES + 1)[:MAX_FILE_BYTES])
            copied += 1
        except OSError:
            continue
    return target


def catalog_digest(katas: dict[str, Kata]) -> str:
    """SHA-256 of every kata's files and reference: reports of different catalogs do not merge."""
    digest = hashlib.sha256()
    for slug in sorted(katas):
        kata = katas[slug]
        files = sorted(
            path for path in kata.directory.rglob("*") if path.is_file() and "__pycache__" not in path.parts
        )
        for path in [*files, kata.solution_path]:
            digest.update(f"{slug}/{path.relative_to(path.parent.parent).as_posix()}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def harness_version() -> str:
    try:
        return version("ml-katas")
    except PackageNotFoundError:
        return "unknown"


def learner_document(name: str, results: list[KataResult], seed: int, sandbox: str, catalog: str) -> dict:
    """A learner's kata-results document, with who it is and what graded it."""
    from harness.report import results_document

    document = results_document(results, seed, sandbox)
    document.update(learner=name, catalog=catalog, harness_version=harness_version())
    return document


def gradebook_csv(documents: list[dict[str, Any]], slugs: list[str]) -> str:
    """One row per learner (sorted by name): learner, score, earned, points, each kata's status."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["learner", "score", "earned", "points", *slugs])
    for document in sorted(documents, key=lambda document: document["learner"]):
        statuses = {kata["slug"]: kata["status"] for kata in document["katas"]}
        totals = document["summary"]
        row = [document["learner"], f"{totals['score']:.4f}", totals["earned"], totals["points"]]
        writer.writerow(row + [statuses.get(slug, "") for slug in slugs])
    return out.getvalue()


def read_reports(paths: list[Path]) -> list[dict[str, Any]]:
    """The learner documents in these files and folders (a folder: its *.json, recursively)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.rglob("*.json")))
        elif path.is_file():
            files.append(path)
        else:
            raise GradebookError(f"{path}: no such report file or folder")
    if not files:
        raise GradebookError("no JSON reports found in " + ", ".join(str(path) for path in paths))
    documents = []
    for file in files:
        try:
            document = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise GradebookError(f"{file}: not a JSON report ({error})") from None
        if not isinstance(document, dict) or not isinstance(document.get("learner"), str):
            raise GradebookError(f"{file}: not a learner's report of `kata gradebook` (no learner field)")
        document["_file"] = str(file)
        documents.append(document)
    return documents


def check_mergeable(documents: list[dict[str, Any]]) -> None:
    """GradebookError unless all reports share schema, catalog and seed, and no learner repeats."""
    first = documents[0]
    for document in documents[1:]:
        for field, what in (("schema", "schema"), ("catalog", "catalog version"), ("seed", "seed")):
            if document.get(field) != first.get(field):
                raise GradebookError(
                    f"{document['_file']} has another {what} ({document.get(field)!r}) than "
                    f"{first['_file']} ({first.get(field)!r}); grade every shard with the same "
                    "ml-katas and --seed"
                )
    seen: dict[str, str] = {}
    for document in documents:
        if document["learner"] in seen:
            first_file = seen[document["learner"]]
            raise GradebookError(
                f"learner {document['learner']} is in two reports: {first_file} and {document['_file']}"
            )
        seen[document["learner"]] = document["_file"]


def private_folder() -> tempfile.TemporaryDirectory:
    """Where the snapshots go, removed when the gradebook is done."""
    return tempfile.TemporaryDirectory(prefix="kata-gradebook-")
