from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from magazine.config import load_config
from magazine.pipeline import build, load_validator
from magazine.sources import parse_context

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
EDITION = FIXTURES / "edition" / "magazine.yml"


@pytest.fixture(scope="session")
def fixture_config():
    return load_config(EDITION)


@pytest.fixture(scope="session")
def fixture_context(fixture_config):
    return parse_context(fixture_config, load_validator(fixture_config))


@pytest.fixture(scope="session")
def built_fixture(tmp_path_factory) -> Path:
    """The fixture edition built once with every output, for read-back tests (from a copy: a build
    writes layouts.lock beside the sources)."""
    folder = tmp_path_factory.mktemp("fixture-build")
    out = folder / "output"
    build(copy_of_fixture_edition(folder), out)
    return out


@pytest.fixture(scope="session")
def real_build(tmp_path_factory):
    """The real edition (practices/) built once, strictly, with every output; the progress lines
    (with the fit report) are kept in build-report.txt beside the output."""
    out = tmp_path_factory.mktemp("real") / "output"
    lines: list[str] = []
    edition = build(ROOT / "magazine.yml", out, report=lines.append)
    (out.parent / "build-report.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return edition, out


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, driven by Playwright (which downloads no browser of its own)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield chromium
        chromium.close()


@pytest.fixture
def edition_copy(tmp_path) -> Path:
    """A writable copy of the fixture edition, with paths to the real templates and data."""
    return copy_of_fixture_edition(tmp_path)


def copy_of_fixture_edition(folder: Path) -> Path:
    target = folder / "edition"
    shutil.copytree(FIXTURES / "edition", target)
    config = target / "magazine.yml"
    text = config.read_text().replace("../../../", f"{ROOT}/")
    config.write_text(text)
    return config


def use_templates_copy(config: Path, tmp_path: Path) -> Path:
    """Point an edition copy at a writable copy of the templates; return that copy."""
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    config.write_text(config.read_text().replace(f"templates: {ROOT}/templates", f"templates: {templates}"))
    return templates
