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
from typing import TYPE_CHECKING, Any

from harness.catalog import Kata

if TYPE_CHECKING:  # harness.results imports NumPy: not at the start of every command
    from harness.results import KataResult

MAX_FILES = 64  # top-level .py files of a snapshot
MAX_FILE_BYTES = 1024 * 1024


# What every report of one gradebook shares, and what to call it when one differs.
MERGE_FIELDS = (
    ("schema", "schema"),
    ("catalog", "catalog version"),
    ("seed", "seed"),
    ("grading", "grading"),
)


class GradebookError(Exception):
    """Bad input of a gradebook: a folder that is not one, a report that does not fit."""


@dataclass
class Learner:
    name: str
    workspace: Path  # the learner's own folder (never written to)


def learners(submissions: Path, skipped: list[str] | None = None) -> list[Learner]:
    """The learners under submissions, sorted by name; hidden folders and files are skipped.

    A symbolic link is not followed (it could point at another learner, or anywhere):
    its name goes to skipped, for a warning.
    """
    if not submissions.is_dir():
        raise GradebookError(f"{submissions} is not a folder of learners' workspaces")
    found = []
    for entry in sorted(submissions.iterdir(), key=lambda path: path.name):
        if entry.name.startswith("."):
            continue
        if entry.is_symlink():
            if skipped is not None:
                skipped.append(entry.name)
            continue
        if entry.is_dir():
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


def _why_not_copied(entry: os.DirEntry) -> str | None:
    """Why a .py file of a workspace is not graded, or None when it is a regular file of fair size."""
    info = entry.stat(follow_symlinks=False)
    if stat.S_ISLNK(info.st_mode):
        return "is a symbolic link (the gradebook grades regular files only)"
    if not stat.S_ISREG(info.st_mode):
        return "is not a regular file"
    if info.st_size > MAX_FILE_BYTES:
        return f"is larger than {MAX_FILE_BYTES // 1024**2} MiB"
    return None


def snapshot(learner: Learner, into: Path, kata_files: set[str] = frozenset()) -> dict[str, str]:
    """Copy the learner's top-level regular .py files (no links, bounded sizes) into a new folder.

    kata_files are copied first, so that thousands of other files cannot crowd them out.
    Returns why each .py file not copied was left out (name -> reason).
    """
    into.mkdir(parents=True)
    if not learner.workspace.is_dir():
        return {}
    left_out, copied = {}, 0
    try:
        entries = sorted(os.scandir(learner.workspace), key=lambda e: (e.name not in kata_files, e.name))
    except OSError as error:
        return {"*": f"cannot be read ({error.strerror})"}
    for entry in entries:
        if not entry.name.endswith(".py"):
            continue
        try:
            reason = _why_not_copied(entry) or ("is one file too many" if copied >= MAX_FILES else None)
            if reason:
                left_out[entry.name] = reason
                continue
            descriptor = os.open(entry.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
            with os.fdopen(descriptor, "rb") as source:
                (into / entry.name).write_bytes(source.read(MAX_FILE_BYTES + 1)[:MAX_FILE_BYTES])
            copied += 1
        except OSError as error:
            left_out[entry.name] = f"cannot be read ({error.strerror})"
    return left_out


def relabel(document: dict[str, Any], snapshot_folder: Path, shown: str, left_out: dict[str, str]) -> dict:
    """The document as the instructor should read it: the learner's paths, not the snapshot's.

    A kata whose file was left out of the snapshot says why, not "does not exist".
    """
    text = json.dumps(document)
    for form in (str(snapshot_folder), snapshot_folder.as_posix()):
        text = text.replace(json.dumps(form)[1:-1], json.dumps(shown)[1:-1])
    relabelled = json.loads(text)
    for kata in relabelled["katas"]:
        name = f"{kata['slug']}.py"
        reason = left_out.get(name) or left_out.get("*")
        if reason and kata["status"] == "not_started" and not kata["tests"]:
            # left out of the snapshot, so missing there; the learner's file exists: an error, saying why
            kata["status"] = "error"
            relabelled["summary"]["not_started"] -= 1
            relabelled["summary"]["error"] += 1
            kata["message"] = f"{shown}/{name} {reason}: not graded"
    return relabelled


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


def learner_document(
    name: str, results: list[KataResult], seed: int, sandbox: str, catalog: str, grading: dict[str, Any]
) -> dict:
    """A learner's kata-results document, with who it is and what graded it (and how)."""
    from harness.report import results_document

    document = results_document(results, seed, sandbox)
    document.update(learner=name, catalog=catalog, harness_version=harness_version(), grading=grading)
    return document


def printable(name: str) -> str:
    """A learner's name for a terminal: control characters escaped, never run."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in name)


def spreadsheet_cell(text: str) -> str:
    """A cell no spreadsheet runs as a formula (OWASP's CSV injection advice: quote =, +, -, @)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def gradebook_csv(documents: list[dict[str, Any]], slugs: list[str]) -> str:
    """One row per learner (sorted by name): learner, score, earned, points, each kata's status."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["learner", "score", "earned", "points", *slugs])
    for document in sorted(documents, key=lambda document: document["learner"]):
        statuses = {kata["slug"]: kata["status"] for kata in document["katas"]}
        totals = document["summary"]
        row = [
            spreadsheet_cell(document["learner"]),
            f"{totals['score']:.4f}",
            totals["earned"],
            totals["points"],
        ]
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
    files = list({file.resolve(): file for file in files}.values())  # a file named twice is read once
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
    """GradebookError unless all reports share schema, catalog, seed and grading, each adds up,
    and no learner repeats."""
    first = documents[0]
    for document in documents[1:]:
        for field, what in MERGE_FIELDS:
            if document.get(field) != first.get(field):
                raise GradebookError(
                    f"{document['_file']} has another {what} ({document.get(field)!r}) than "
                    f"{first['_file']} ({first.get(field)!r}); grade every shard with the same "
                    "ml-katas, --seed, --no-timing, --timeout and --memory"
                )
    for document in documents:
        if not _adds_up(document):
            raise GradebookError(f"{document['_file']}: its points do not add up (was it edited?)")
    seen: dict[str, str] = {}
    for document in documents:
        if document["learner"] in seen:
            name, first_file = document["learner"], seen[document["learner"]]
            raise GradebookError(f"learner {name} is in two reports: {first_file} and {document['_file']}")
        seen[document["learner"]] = document["_file"]


def _adds_up(document: dict[str, Any]) -> bool:
    """Whether each kata earns its points only when passed, and the summary is their sum."""
    katas = document.get("katas", [])
    for kata in katas:
        if kata.get("earned") != (kata.get("points") if kata.get("status") == "pass" else 0):
            return False
    earned = sum(kata.get("points", 0) for kata in katas if kata.get("status") == "pass")
    return document.get("summary", {}).get("earned") == earned


def private_folder() -> tempfile.TemporaryDirectory:
    """Where the snapshots go, removed when the gradebook is done."""
    return tempfile.TemporaryDirectory(prefix="kata-gradebook-")
