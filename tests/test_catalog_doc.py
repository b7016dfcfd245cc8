"""docs/catalog.md is the catalog as it is: rendered from the katas' kata.toml files."""

from __future__ import annotations

import re

from refresh_readme import CATALOG_DOC, rendered_catalog_doc

from conftest import ROOT
from harness.catalog import by_section, load_catalog

REFRESH = "after a change of the catalog, `python tests/refresh_readme.py` rewrites it (read the diff)"


def test_the_committed_catalog_document_is_the_rendered_one():
    assert CATALOG_DOC.read_text(encoding="utf-8") == rendered_catalog_doc(), (
        f"docs/catalog.md is out of date: {REFRESH}"
    )


def test_every_kata_folder_is_in_the_catalog_document_and_every_listed_kata_has_a_folder():
    listed = set(re.findall(r"^### `(\w+)`", CATALOG_DOC.read_text(encoding="utf-8"), flags=re.M))
    folders = {path.parent.name for path in (ROOT / "katas").glob("*/kata.toml")}
    assert listed == folders, (
        f"only in docs/catalog.md: {sorted(listed - folders)}; only in katas/: {sorted(folders - listed)}"
    )
    assert set(load_catalog()) == folders


def test_the_readme_links_the_catalog_document_and_counts_the_katas_of_each_section():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/catalog.md)" in readme
    katas = load_catalog()
    assert f"{len(katas)} katas in {len(by_section(katas))} sections" in readme, f"README's count: {REFRESH}"
    for key, members in by_section(katas).items():
        row = f"| `{key}` | {len(members)} | {sum(kata.points for kata in members)} |"
        assert row in readme, f"README.md's count of the {key} section is stale: {REFRESH}"
