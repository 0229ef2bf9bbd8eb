"""What the code imports is declared in pyproject.toml, so a fresh install has it."""
from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions

from .conftest import ROOT


def imported_modules(folder: str) -> set[str]:
    found = set()
    for path in (ROOT / folder).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    local = {"magazine", "tests"} | {path.stem for path in (ROOT / "tools").glob("*.py")}  # tools import each other
    return found - set(sys.stdlib_module_names) - local


def declared(group: str | None = None) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = project["dependencies"] if group is None else project["optional-dependencies"][group]
    return {re.split(r"[=<>\[ ]", r)[0].lower().replace("_", "-") for r in requirements}


def distributions(modules: set[str]) -> dict[str, set[str]]:
    owners = packages_distributions()
    return {module: {d.lower().replace("_", "-") for d in owners.get(module, [module])} for module in modules}


def test_every_module_the_tool_imports_is_a_declared_dependency():
    missing = {m: d for m, d in distributions(imported_modules("magazine") | imported_modules("tools")).items()
               if not d & declared()}
    assert missing == {}


def test_every_module_the_tests_import_is_declared():
    missing = {m: d for m, d in distributions(imported_modules("tests")).items()
               if not d & (declared() | declared("test"))}
    assert missing == {}
