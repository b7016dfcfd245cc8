"""``python -m harness``: the same as the ``kata`` command."""

from harness.cli import entry

if __name__ == "__main__":
    entry()
