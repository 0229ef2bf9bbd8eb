"""`build.py serve`: the HTML edition on localhost, rebuilt and reloaded when a source changes.

A broken edit does not stop the server: the last good site stays up and every page
shows the problems (and the terminal lists them) until the edit is fixed.
"""
from __future__ import annotations

import functools
import http.server
import json
import threading
from pathlib import Path

from .errors import ConfigError, ContentError

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
  function poll() {
    fetch("/__build").then(function (r) { return r.json(); }).then(function (state) {
      if (seen !== null && state.id !== seen && !state.problems.length) { location.reload(); return; }
      seen = state.id; show(state.problems);
    }).catch(function () {}).finally(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
"""


class BuildState:
    def __init__(self):
        self.id, self.problems, self.lock = 0, [], threading.Lock()

    def update(self, problems: list[str]) -> None:
        with self.lock:
            self.id += 1
            self.problems = problems

    def as_json(self) -> bytes:
        with self.lock:
            return json.dumps({"id": self.id, "problems": self.problems}).encode()


def rebuild(config_path: Path, out_dir: Path | None, state: BuildState, report) -> None:
    from .pipeline import build

    try:
        build(config_path, out_dir, "html", report)
        state.update([])
        report("serve: built, browsers reload")
    except ContentError as error:
        lines = [str(problem) for problem in error.problems]
        state.update(lines)
        for line in lines:
            report(line)
        report(f"serve: {len(lines)} problem(s); still showing the last good build")


class LiveHandler(http.server.SimpleHTTPRequestHandler):
    state: BuildState

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/__build":
            return self._send(self.state.as_json(), "application/json")
        if self.path == "/__live.js":
            return self._send(LIVE_SCRIPT, "text/javascript")
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix == ".html" and path.is_file():
            html = path.read_bytes().replace(b"</body>", b'<script src="/__live.js"></script></body>', 1)
            return self._send(html, "text/html; charset=utf-8")
        return super().do_GET()

    def _send(self, body: bytes, content_type: str):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)


def serve(config_path: Path, out_dir: Path | None, port: int, report) -> None:
    from watchfiles import watch

    from .config import load_config

    config = load_config(config_path)
    site_dir = (out_dir or config.root / "output") / "site"
    state = BuildState()
    rebuild(config_path, out_dir, state, report)
    site_dir.mkdir(parents=True, exist_ok=True)
    handler = type("Handler", (LiveHandler,), {"state": state})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=str(site_dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    report(f"serving http://127.0.0.1:{server.server_port}/ (Ctrl+C stops)")
    watched = [p for p in config.sources if p.exists()]
    try:
        for _changes in watch(*watched, debounce=300, step=100):
            report("serve: change seen, rebuilding...")
            try:
                rebuild(config_path, out_dir, state, report)
            except ConfigError as error:
                state.update([f"error: {error}"])
                report(f"error: {error}")
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
