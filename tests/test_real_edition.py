"""The real practices/ folder, built strictly: any problem or WeasyPrint warning fails."""
from __future__ import annotations

import json
import shutil

import pikepdf

from magazine.config import load_config
from magazine.pipeline import build, load_edition

from .conftest import ROOT


def test_real_edition_builds_every_output(tmp_path):
    edition = build(ROOT / "magazine.yml", tmp_path / "output")
    assert len(edition.practices) == len(list((ROOT / "practices").glob("[!_]*.md")))
    for practice in edition.practices:
        assert (tmp_path / "output" / "site" / "praktijken" / practice.slug / "index.html").is_file()
    with pikepdf.open(tmp_path / "output" / "magazine.pdf") as pdf, pdf.open_outline() as tree:
        titles = [child.title for item in tree.root for child in item.children]
    assert titles == [p.title for p in edition.practices]


def test_template_is_a_valid_practice(tmp_path):
    """practices/_template.md, copied as contributors do, passes the check unchanged."""
    project = tmp_path / "project"
    project.mkdir()
    for name in ("magazine.yml", "data", "schema", "templates", "edition"):
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy)(ROOT / name, project / name)
    (project / "practices" / "images").mkdir(parents=True)
    shutil.copy(ROOT / "practices" / "_template.md", project / "practices" / "mijn-voorbeeld.md")
    shutil.copy(ROOT / "practices" / "images" / "voorbeeld.svg", project / "practices" / "images")
    edition = load_edition(project / "magazine.yml")
    assert [p.slug for p in edition.practices] == ["mijn-voorbeeld"]


def test_committed_schema_lists_the_vocabularies():
    """Editors read the enums in the schema file; they must match data/ and magazine.yml."""
    schema = json.loads((ROOT / "schema" / "practice.schema.json").read_text())
    vocab = load_config(ROOT / "magazine.yml").vocabularies
    props = schema["properties"]
    assert props["region"]["enum"] == [t.slug for t in vocab.regions]
    assert props["province"]["enum"] == [t.slug for t in vocab.provinces]
    assert props["themes"]["items"]["enum"] == [t.slug for t in vocab.themes]
    assert props["target_groups"]["items"]["enum"] == [t.slug for t in vocab.target_groups]
    assert len(vocab.regions) == 35 and len(vocab.provinces) == 12
