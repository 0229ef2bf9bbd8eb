"""A rebuild with nothing changed does nothing: the output folder keeps a stamp of what its build was
made from (every source file, the tool's code, the options) and of every file it wrote. When both
still match, `build` says so and writes nothing; a changed input, or an output file changed,
added or removed since, makes it build again. Pure apart from reading the files it hashes.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import weasyprint

from .fitlock import LOCK
from .model import EditionConfig
from .output import MARKER

STAMP = ".magazine-build"
CODE = Path(__file__).parent


def build_inputs(config: EditionConfig, command: str, crop_marks: bool) -> str:
    """One digest of everything a build's output follows from."""
    digest = hashlib.sha256()
    options = (command, str(crop_marks), os.environ.get("SOURCE_DATE_EPOCH", ""), weasyprint.__version__)
    digest.update("\0".join(options).encode() + b"\0")
    lock = [config.root / LOCK] if (config.root / LOCK).is_file() else []  # the layouts the build starts from
    for path in [*_files(CODE), *(file for source in config.sources for file in _files(source)), *lock]:
        digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def is_up_to_date(out_dir: Path, inputs: str) -> bool:
    try:
        stamp = json.loads((out_dir / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(stamp, dict) and stamp.get("inputs") == inputs and stamp.get("outputs") == _written(out_dir)


def write_stamp(stage: Path, inputs: str) -> None:
    (stage / STAMP).write_text(json.dumps({"inputs": inputs, "outputs": _written(stage)}, indent=1), encoding="utf-8")


def _written(folder: Path) -> dict[str, str]:
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in _files(folder) if path.name not in (STAMP, MARKER) or path.parent != folder}


def _files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(file for file in path.rglob("*") if file.is_file() and "__pycache__" not in file.parts)
