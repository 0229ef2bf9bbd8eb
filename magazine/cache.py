"""A content-addressed store for laid-out documents, in `.magazine-cache/` (git-ignored; deleting it
gives a cold build).

An entry is written atomically (a temporary file renamed into place) and carries a checksum of its
payload, so a half-written or corrupt entry is detected, removed and rebuilt, never trusted. What a
key covers is decided by the caller (pdf.render_pdf: the HTML, the stylesheets, every file the render
read, the code that reads the layout back and the WeasyPrint version).
"""
from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

FOLDER = ".magazine-cache"
MAGIC = b"gluren-cache 1\n"
CHECKSUM_BYTES = 32
KEEP_UNUSED_DAYS = 30  # an entry no build has used for this long is removed (see prune)


@dataclass(frozen=True)
class Cache:
    folder: Path | None  # None: nothing is cached

    @classmethod
    def for_project(cls, root: Path) -> Cache:
        return cls(root / FOLDER)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / key

    def get(self, key: str) -> bytes | None:
        """The payload stored under `key`, or None when there is none or it does not check out."""
        if self.folder is None:
            return None
        path = self._path(key)
        try:
            blob = path.read_bytes()
        except OSError:
            return None
        payload = blob[len(MAGIC) + CHECKSUM_BYTES:]
        if blob[:len(MAGIC)] != MAGIC or blob[len(MAGIC):len(MAGIC) + CHECKSUM_BYTES] != hashlib.sha256(payload).digest():
            path.unlink(missing_ok=True)  # half-written or damaged: made again
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # used: kept by prune()
        return payload

    def put(self, key: str, payload: bytes) -> None:
        if self.folder is None:
            return
        path = self._path(key)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(MAGIC + hashlib.sha256(payload).digest() + payload)
            os.replace(temporary, path)
        except OSError:  # a full or read-only disk costs the next build time, never a wrong result
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)

    def prune(self, now: float, keep_days: float = KEEP_UNUSED_DAYS) -> int:
        """Remove the entries no build has stored or used for `keep_days`; returns how many."""
        if self.folder is None or not self.folder.is_dir():
            return 0
        removed = 0
        for path in self.folder.glob("*/*"):
            with contextlib.suppress(OSError):
                if now - path.stat().st_mtime > keep_days * 86400:
                    path.unlink()
                    removed += 1
        return removed


NO_CACHE = Cache(None)
