"""`build.py serve`: the HTML edition on localhost, rebuilt and reloaded when a source changes.

A broken edit does not stop the server: the last good site stays up and every page
shows the problems (and the terminal lists them) until the edit is fixed.
"""
from __future__ import annotations

import functools
import http.server
import json
import signal
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .errors import ConfigError, ContentError
from .report import problems_phrase, seconds, silent
from .urls import url_for

DOWNLOADS = url_for("magazine-pdf").rsplit("/", 1)[0] + "/"  # the folder of every download

LIVE_SCRIPT = b"""(function () {
  var seen = null;
  function show(problems) {
    var box = document.getElementById("__problems");
    if (!problems.length) { if (box) box.remove(); return; }
    if (!box) {
      box = document.createElement("div"); box.id = "__problems"; box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;" +
        "background:#7f1d1d;color:#fff;padding:1rem;font:15px/1.4 sans-serif;z-index:9999";
      document.body.appendChild(box);
    }
    box.innerHTML = "<strong>De laatste wijziging bevat problemen; de site toont de vorige versie.</strong>";
    var list = document.createElement("ul");
    problems.forEach(function (p) { var li = document.createElement("li"); li.textContent = p; list.appendChild(li); });
    box.appendChild(list);
  }
  function making(busy) {
    document.querySelectorAll('a[href*="downloads/"]').forEach(function (link) {
      var note = link.parentNode.querySelector(".__making");
      if (!busy) { if (note) note.remove(); return; }
      if (note) return;
      note = document.createElement("span"); note.className = "__making"; note.setAttribute("role", "status");
      note.textContent = " (de pdf wordt bijgewerkt; even geduld)";
      link.after(note);
    });
  }
  function poll() {
    fetch("/__build").then(function (r) { return r.json(); }).then(function (state) {
      if (seen !== null && state.id !== seen && !state.problems.length) { location.reload(); return; }
      seen = state.id; show(state.problems); making(state.making_pdfs);
    }).catch(function () {}).finally(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
"""


class BuildState:
    def __init__(self):
        self.id, self.problems, self.making_pdfs, self.lock = 0, [], False, threading.Lock()

    def update(self, problems: list[str], making_pdfs: bool | None = None) -> None:
        """A new build (browsers reload); `making_pdfs` in the same step, so no poll sees one without the other."""
        with self.lock:
            self.id += 1
            self.problems = problems
            self.making_pdfs = self.making_pdfs if making_pdfs is None else making_pdfs

    def set_making_pdfs(self, making: bool) -> None:
        with self.lock:
            self.making_pdfs = making

    def as_json(self) -> bytes:
        with self.lock:
            return json.dumps({"id": self.id, "problems": self.problems, "making_pdfs": self.making_pdfs}).encode()


def rebuild(config_path: Path, out_dir: Path | None, state: BuildState, report) -> bool:
    """The pages, the listings and the search index (the PDFs follow, see PracticePdfs); True when it built."""
    from .pipeline import build

    try:
        build(config_path, out_dir, "html", silent)
        state.update([], making_pdfs=True)
        return True
    except ContentError as error:
        lines = [str(problem) for problem in error.problems]
        state.update(lines)
        for line in lines:
            report(line)
        report(f"serve: {problems_phrase(len(lines))}; de laatste goede versie blijft te zien")
        return False


class PracticePdfs:
    """The practices' PDFs, made after each good rebuild in a process of its own (a fresh one, not a fork of
    this threaded server), one run at a time: an edit saved during a run starts another when it ends.
    While one runs, every page says so next to its download link."""

    def __init__(self, config_path: Path, folder: Path, state: BuildState, report):
        self.config_path, self.folder, self.state, self.report = config_path, folder, state, report
        self.wanted = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()

    def request(self) -> None:
        self.wanted.set()

    def _run(self) -> None:
        from .pipeline import SPAWN, practice_downloads

        with ProcessPoolExecutor(max_workers=1, mp_context=SPAWN) as pool:
            while True:
                self.wanted.wait()
                self.wanted.clear()
                started = time.monotonic()
                try:
                    count = pool.submit(practice_downloads, self.config_path, self.folder).result()
                    took = seconds(time.monotonic() - started)
                    self.report(f"serve: {count} pdf's van de praktijkvoorbeelden bijgewerkt in {took}")
                except ContentError as error:
                    self.report(f"serve: de pdf's van de praktijkvoorbeelden zijn niet gemaakt: "
                                f"{problems_phrase(len(error.problems))}, de eerste: {error.problems[0]}")
                except ConfigError as error:
                    self.report(f"serve: de pdf's van de praktijkvoorbeelden zijn niet gemaakt: {error}")
                except Exception as error:  # e.g. the PDF process was killed: said, and tried again on the next edit
                    self.report(f"serve: de pdf's van de praktijkvoorbeelden zijn niet gemaakt ({type(error).__name__}: "
                                f"{error}); de pagina's zijn bijgewerkt, `python build.py` maakt de pdf's")
                if not self.wanted.is_set():
                    self.state.set_making_pdfs(False)


class LiveHandler(http.server.SimpleHTTPRequestHandler):
    state: BuildState

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/__build":
            return self._send(self.state.as_json(), "application/json")
        if self.path == "/__live.js":
            return self._send(LIVE_SCRIPT, "text/javascript")
        name = self.path.split("?", 1)[0].removeprefix("/")
        if name.startswith(DOWNLOADS) and name.endswith(".pdf"):
            return self._send_download(name.removeprefix(DOWNLOADS))
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix == ".html" and path.is_file():
            html = path.read_bytes().replace(b"</body>", b'<script src="/__live.js"></script></body>', 1)
            return self._send(html, "text/html; charset=utf-8")
        return super().do_GET()

    def _send_download(self, name: str):
        """A practice's PDF as serve made it last; the whole magazine as the last `build` made it."""
        folder = self.magazine_folder if name == "magazine.pdf" else self.downloads_folder
        path = folder / name
        if "/" in name or not path.is_file():
            return self.send_error(404, "not made (yet): python build.py makes every PDF")
        return self._send(path.read_bytes(), "application/pdf")

    def _send(self, body: bytes, content_type: str):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)


def _stop(signum, frame):
    raise KeyboardInterrupt


def serve(config_path: Path, out_dir: Path | None, port: int, report) -> None:
    from watchfiles import watch

    from .config import load_config

    config = load_config(config_path)
    signal.signal(signal.SIGTERM, _stop)  # stopped by a terminal or a test like Ctrl+C: the folders cleaned up
    output = out_dir or config.root / "output"
    site_dir = output / "site"
    state = BuildState()
    with tempfile.TemporaryDirectory(prefix="magazine-serve-") as downloads:
        pdfs = PracticePdfs(config_path, Path(downloads), state, report)
        if rebuild(config_path, out_dir, state, report):
            report("serve: pagina's gemaakt; de pdf's van de praktijkvoorbeelden volgen")
            pdfs.request()
        site_dir.mkdir(parents=True, exist_ok=True)
        handler = type("Handler", (LiveHandler,), {"state": state, "downloads_folder": Path(downloads),
                                                   "magazine_folder": output})
        server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=str(site_dir)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        report(f"serve: de website staat op http://127.0.0.1:{server.server_port}/ (Ctrl+C stopt)")
        watched = [p for p in config.sources if p.exists()]
        try:
            for _changes in watch(*watched, debounce=300, step=100):
                started = time.monotonic()
                try:
                    if rebuild(config_path, out_dir, state, report):
                        took = seconds(time.monotonic() - started)
                        report(f"serve: wijziging gezien, pagina's opnieuw gemaakt in {took}; de browser laadt ze opnieuw")
                        pdfs.request()
                except ConfigError as error:
                    state.update([f"fout: {error}"])
                    report(f"fout: {error}")
        except KeyboardInterrupt:
            pass
        finally:
            server.shutdown()
