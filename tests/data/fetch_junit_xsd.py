"""Fetch Jenkins' JUnit schema (junit-10.xsd) for the tests, at install time, from pytest's sdist.

    python tests/data/fetch_junit_xsd.py        # writes .cache/junit-10.xsd

pytest validates its own JUnit XML against the Jenkins xunit plugin's
``junit-10.xsd``, and its source distribution on PyPI ships that file
(``testing/example_scripts/junit-10.xsd``). `.ci/run` calls this script after
installing the project, so that ``tests/test_ci_reports.py`` checks our JUnit
report against the schema Jenkins uses, offline; the file is not committed (it is
not ours). Without it, that one test is skipped and says how to get it.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from importlib.metadata import version
from pathlib import Path

TARGET = Path(__file__).resolve().parents[2] / ".cache" / "junit-10.xsd"
MEMBER = "testing/example_scripts/junit-10.xsd"


def fetch(pytest_version: str) -> bytes | None:
    with tempfile.TemporaryDirectory(prefix="kata-xsd-") as folder:
        command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:"]
        done = subprocess.run([*command, f"pytest=={pytest_version}", "-d", folder], capture_output=True)
        for archive in Path(folder).glob("pytest-*.tar.gz"):
            with tarfile.open(archive) as sdist:
                for member in sdist.getmembers():
                    if member.name.endswith(MEMBER) and member.isfile():
                        handle = sdist.extractfile(member)
                        return handle.read() if handle else None
        if done.returncode:
            print(done.stderr.decode(errors="replace").strip().splitlines()[-1:], file=sys.stderr)
    return None


def main() -> int:
    if TARGET.exists():
        return 0
    for candidate in (version("pytest"), "8.3.4"):
        data = fetch(candidate)
        if data:
            TARGET.parent.mkdir(exist_ok=True)
            TARGET.write_bytes(data)
            print(f"wrote {TARGET} (from pytest {candidate}'s sdist)")
            return 0
    print("could not fetch junit-10.xsd from pytest's sdist; its test will be skipped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
