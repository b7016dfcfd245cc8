"""``python -m harness``: the same as the ``kata`` command."""

from harness.cli import run

run()
