"""The sample edition's site at phone and desktop width: screenshots to look at, nothing scrolls sideways."""
from __future__ import annotations

import functools
import http.server
import threading

import pytest

pytestmark = [pytest.mark.sample, pytest.mark.slow, pytest.mark.browser]
WIDTHS = (320, 1280)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def served(real_build):
    edition, out = real_build
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(out / "site")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield edition, out, f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


@pytest.mark.parametrize("width", WIDTHS)
def test_home_listing_and_longest_practice_fit_the_width(served, browser, width):
    edition, out, base = served
    longest = max(edition.practices, key=lambda p: len(p.title))
    folder = out.parent / "screenshots"
    folder.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": width, "height": 900})
    for name, path in (("home", "index.html"), ("theme", f"themas/{edition.groups[0].theme.slug}/index.html"),
                       ("practice", f"praktijken/{longest.slug}/index.html")):
        page.goto(base + path, wait_until="networkidle")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (name, width)
        page.screenshot(path=str(folder / f"{name}-{width}.png"))
    page.close()
