"""Check many learner files in one process: the real run_check path, less start-up.

Used by the project's tests, which check about a hundred learner files: starting
Python, NumPy and pytest once instead of once per file saves most of the time.
Each file still gets its own workers and its own pytest session, exactly as
`kata check` gives them. Reads JSON lines [slug, path, extra options] from stdin
and writes one JSON line per file: [path, exit code, the kata-results document].
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from harness.catalog import load_catalog
from harness.report import results_document, results_text
from harness.runner import CheckOptions, run_check
from harness.sandbox import sandbox_mode


def leaks() -> dict[str, list[str]]:
    """What a check left behind: files in this process's private TMPDIR, and child processes.

    After run_check every worker is closed, so any child of ours, running or a
    zombie nobody reaped, is a leak; so is anything in the temporary directory.
    """
    me, children = os.getpid(), []
    for name in filter(str.isdigit, os.listdir("/proc") if os.path.isdir("/proc") else []):
        try:
            with open(f"/proc/{name}/stat") as handle:
                command, _, fields = handle.read().rpartition(")")
        except OSError:
            continue
        if int(fields.split()[1]) == me:
            children.append(f"{name} {command.partition('(')[2]} {fields.split()[0]}")
    return {"temporary_files": sorted(os.listdir(tempfile.gettempdir())), "children": children}


def main() -> None:
    katas = load_catalog()
    for line in sys.stdin:
        slug, path, options = json.loads(line)
        check = CheckOptions(
            seed=options.get("seed", 0),
            timing=options.get("timing", False),
            timeout=options.get("timeout", 10.0),
        )
        results = run_check([katas[slug]], {slug: Path(path)}, check)
        code = 0 if all(r.status == "pass" for r in results) else 1
        document = results_document(results, check.seed, sandbox_mode())
        document["leaks"] = leaks()
        document["text"] = results_text(results, "bwrap")  # as a learner reads it (no sandbox note)
        sys.stdout.write(json.dumps([path, code, document]) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
