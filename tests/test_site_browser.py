"""The HTML edition in real headless Chromium (Debian's), served from a sub-path like GitHub Pages.

Built from the small fixture edition (tests/fixtures/edition), so these tests hold for any edition;
screenshots of the real edition are taken in tests/sample/.
"""
from __future__ import annotations

import functools
import http.server
import json
import re
import subprocess
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pikepdf
import pytest

from magazine.pipeline import load_edition

from .conftest import EDITION, ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
SUB_PATH = "/testeditie/"  # the path of base_url in tests/fixtures/edition/magazine.yml, as on GitHub Pages
OTHER_PATH = "/elders/"  # another sub-path the same site is served under
PAGES = {  # page type -> path below the site root
    "home": "index.html",
    "practice": "praktijken/detacheren-in-de-haven/index.html",  # with a raster picture in srcset variants
    "theme": "themas/beschut-werk/index.html",
    "province": "provincies/zeeland/index.html",
    "region": "regios/rijnmond/index.html",
    "target group": "doelgroepen/bijstand/index.html",
    "regions overview": "regios/index.html",
    "about": "over/index.html",
    "accessibility statement": "toegankelijkheid/index.html",
    "search": "zoeken/index.html",
    "404": "404.html",
}
WIDTHS = {"phone": (320, 700), "desktop": (1280, 900)}
pytestmark = [pytest.mark.slow, pytest.mark.browser]


@pytest.fixture(scope="module")
def built(built_fixture):
    """(edition, output folder) of the fixture edition, built once."""
    return load_edition(EDITION), built_fixture


@pytest.fixture(scope="module")
def site(built, tmp_path_factory):
    """Serve output/site at SUB_PATH on 127.0.0.1; yield (edition, base URL)."""
    edition, out = built
    assert urlsplit(edition.config.base_url).path == SUB_PATH
    docroot = tmp_path_factory.mktemp("docroot")
    (docroot / SUB_PATH.strip("/")).symlink_to(out / "site")
    (docroot / OTHER_PATH.strip("/")).symlink_to(out / "site")  # the same site published elsewhere
    handler = functools.partial(QuietHandler, directory=str(docroot))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield edition, f"http://127.0.0.1:{server.server_port}{SUB_PATH}"
    server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the docroot; a missing page gets the 404.html of the site it is under, as GitHub Pages does."""

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / self.path.strip("/").split("/")[0] / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class Visit:
    """A page with every request and console error recorded; other hosts are blocked and listed."""

    def __init__(self, browser, base: str, width: str = "desktop"):
        w, h = WIDTHS[width]
        self.context = browser.new_context(viewport={"width": w, "height": h}, locale="nl-NL")
        self.page = self.context.new_page()
        self.base, self.foreign, self.errors = base, [], []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.route("**/*", self._route)

    def _route(self, route):
        if route.request.url.startswith(self.base.split(SUB_PATH)[0]) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            self.foreign.append(route.request.url)
            route.abort()

    def open(self, path: str):
        response = self.page.goto(self.base + path, wait_until="networkidle")
        assert response.ok, path
        return self.page

    def close(self):
        self.context.close()


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_page_has_no_axe_violations_no_foreign_requests_and_no_console_errors(site, browser, kind):
    _, base = site
    visit = Visit(browser, base)
    page = visit.open(PAGES[kind])
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""() => axe.run(document, {runOnly: {type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})""")
    violations = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    assert violations == [], violations
    assert visit.foreign == []
    assert visit.errors == []
    assert page.evaluate("document.documentElement.lang") == "nl"
    assert page.locator("main").count() == 1 and page.locator("h1").count() == 1
    visit.close()


def test_filters_work_by_keyboard_count_and_keep_state_in_the_url(site, browser):
    edition, base = site
    visit = Visit(browser, base, "phone")
    page = visit.open("index.html")
    expected = sum(1 for p in edition.practices if any(t.slug == "beschut-werk" for t in p.themes))
    for _ in range(30):  # tab from the top of the page to the first filter
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "filter-thema":
            break
    assert page.evaluate("document.activeElement.id") == "filter-thema"
    target = page.evaluate("""() => [...document.querySelectorAll('#filter-thema option')]
        .findIndex(o => o.value === 'beschut-werk')""")
    for _ in range(target):
        page.keyboard.press("ArrowDown")
    assert page.locator("#filter-thema").input_value() == "beschut-werk"
    assert page.locator("#filter-count").inner_text() == (
        "1 praktijkvoorbeeld" if expected == 1 else f"{expected} praktijkvoorbeelden")
    assert page.locator("#practice-list > li:visible").count() == expected
    assert "thema=beschut-werk" in page.url
    shared = visit.open("index.html?thema=detachering&provincie=zeeland#praktijken")
    both = sum(1 for p in edition.practices if p.province.slug == "zeeland"
               and any(t.slug == "detachering" for t in p.themes))
    assert shared.locator("#filter-count").inner_text().startswith(f"{both} praktijkvoorbeeld")
    assert visit.errors == [] and visit.foreign == []
    visit.close()


def test_without_javascript_the_facets_are_plain_links(site, browser):
    _, base = site
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base + "index.html")
    assert not page.locator("#filters").is_visible()
    page.locator("#facets summary", has_text="Per thema").click()
    page.locator("#facets").get_by_role("link", name="Nieuw beschut werk", exact=True).click()  # fixture theme
    assert page.url.endswith("themas/beschut-werk/index.html")
    assert page.locator("h1").inner_text() == "Nieuw beschut werk"
    context.close()


def test_search_finds_a_word_from_one_practice_filters_and_keeps_the_address(site, browser):
    _, base = site
    visit = Visit(browser, base)
    page = visit.open("zoeken/index.html")
    page.get_by_label("Zoek in de praktijkvoorbeelden").fill("groenten")
    result = page.locator("#search-results h2 a").first  # result titles are headings
    result.wait_for(timeout=15000)
    assert result.inner_text() == "Kas aan de Dijk"
    assert page.locator("#search-status").inner_text() == "1 praktijkvoorbeeld gevonden voor ‘groenten’"
    assert page.url.endswith("zoeken/index.html?q=groenten")
    excerpt = page.locator("#search-results p").first.inner_text()
    assert "groenten" in excerpt and "Beeld:" not in excerpt and "Organisatie" not in excerpt  # article text only
    page.get_by_label("Provincie").select_option("noord-brabant")  # no practice from there grows vegetables
    page.wait_for_function("document.querySelector('#search-status').textContent.startsWith('Geen')")
    assert page.url.endswith("?q=groenten&provincie=noord-brabant")
    shared = visit.open("zoeken/index.html?thema=beschut-werk")
    shared.wait_for_function("document.querySelector('#search-status').textContent.includes('filters')")
    assert shared.get_by_label("Thema").input_value() == "beschut-werk"
    header = visit.open("index.html")  # the header's search field leads here with the query
    header.get_by_role("searchbox", name="Zoeken op deze site").fill("haven")
    header.get_by_role("searchbox", name="Zoeken op deze site").press("Enter")
    header.locator("#search-results h2 a").first.wait_for(timeout=15000)
    assert header.url.endswith("zoeken/index.html?q=haven")
    assert visit.errors == [] and visit.foreign == []
    visit.close()


@pytest.mark.parametrize("missing", [SUB_PATH + "bestaat-niet.html", SUB_PATH + "a/b/c/d.html",
                                     OTHER_PATH + "praktijken/weg/index.html", OTHER_PATH + "x.html"])
def test_the_404_page_finds_the_site_root_from_any_path(site, browser, missing):
    _, base = site
    host = base.removesuffix(SUB_PATH)
    visit = Visit(browser, base)
    visit.page.goto(host + missing, wait_until="networkidle")
    page = visit.page
    page.wait_for_function("getComputedStyle(document.body).marginTop === '0px'")  # site.css has loaded
    root = host + "/" + missing.strip("/").split("/")[0] + "/"
    assert page.locator("h1").inner_text() == "Deze pagina bestaat niet"
    links = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
    assert links and all(link.startswith(root) for link in links), links
    assert [e for e in visit.errors if "status of 404" not in e] == [] and visit.foreign == []  # the probes may 404
    visit.close()


def test_a_practice_prints_on_at_most_two_a4_pages_and_the_home_page_without_filters(site, browser, tmp_path):
    edition, base = site
    visit = Visit(browser, base)
    for practice in edition.practices:
        page = visit.open(f"praktijken/{practice.slug}/index.html")
        pdf = tmp_path / f"{practice.slug}.pdf"
        pdf.write_bytes(page.pdf(format="A4"))
        with pikepdf.open(pdf) as printed:
            assert len(printed.pages) <= 2, practice.slug
    home = visit.open("index.html")
    home.emulate_media(media="print")
    hidden = home.evaluate("""() => ['#filters', '#facets', '#filter-count', '.site-header']
        .map(s => getComputedStyle(document.querySelector(s)).display)""")
    assert hidden == ["none"] * 4
    visit.close()


def test_the_region_map_links_every_region_with_practices_by_keyboard(site, browser):
    edition, base = site
    visit = Visit(browser, base)
    page = visit.open("regios/index.html")
    counts = {}
    for practice in edition.practices:
        counts[practice.region.name] = counts.get(practice.region.name, 0) + 1
    names = page.eval_on_selector_all("a.map-tile", "links => links.map(a => a.getAttribute('aria-label'))")
    assert sorted(names) == sorted(f"{name}: {n} praktijkvoorbeeld{'en' if n > 1 else ''}" for name, n in counts.items())
    assert page.locator("g.map-tile[role=img]").count() == 35 - len(counts)  # the others, named but no link
    page.locator("a.map-tile").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    assert "/regios/" in page.url and page.locator("h1").inner_text() in counts
    visit.close()


LONG_WORD = "werkgeversdienstverleningsteamcoördinatorenoverleg" * 3  # 150 letters, no break


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_no_page_scrolls_sideways_at_320_px(site, browser, kind):
    """WCAG 1.4.10 Reflow: every page type at 320 px, with every <details> open, and again with a
    150-letter word in every heading, paragraph, list item and fact-box value and a twelve-column table."""
    _, base = site
    visit = Visit(browser, base, "phone")
    page = visit.open(PAGES[kind])
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    assert page.evaluate("document.documentElement.scrollWidth") == 320
    page.evaluate("""word => {
        document.querySelectorAll('main h1, main h2, main p, main li > a, main dd').forEach(e => e.textContent = word);
        const table = document.createElement('table');
        table.innerHTML = '<tr>' + '<td>een kolom met tekst</td>'.repeat(12) + '</tr>';
        document.querySelector('main').append(table);
    }""", LONG_WORD)
    assert page.evaluate("document.documentElement.scrollWidth") == 320
    visit.close()


@pytest.mark.parametrize("width", sorted(WIDTHS))
def test_screenshots_of_home_and_a_practice(site, browser, width, built):
    """Screenshots to look at (next to the test build); the test checks nothing overflows sideways."""
    _, base = site
    folder = built[1].parent / "screenshots"
    folder.mkdir(exist_ok=True)
    visit = Visit(browser, base, width)
    for name, path in (("home", "index.html"), ("practice", PAGES["practice"])):
        page = visit.open(path)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (name, width)
        page.screenshot(path=str(folder / f"{name}-{width}.png"), full_page=False)
    visit.close()


def test_every_page_is_valid_html(built):
    _, out = built
    result = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "json", "--skip-non-html",
                             str(out / "site")], capture_output=True, text=True)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    assert [(Path(m.get("url", "")).name, m.get("message")) for m in messages] == []


def test_metadata_for_sharing_and_feeds(built):
    edition, out = built
    page = (out / "site" / PAGES["practice"]).read_text()
    base = edition.config.base_url
    assert f'<link rel="canonical" href="{base}praktijken/detacheren-in-de-haven/">' in page
    assert '<meta property="og:type" content="article">' in page
    assert f'<meta property="og:image" content="{base}images/delen/detacheren-in-de-haven.jpg">' in page
    assert '<meta name="twitter:card" content="summary_large_image">' in page
    assert (out / "site" / "images" / "delen" / "detacheren-in-de-haven.jpg").read_bytes()[:3] == b"\xff\xd8\xff"
    assert 'content="image/svg' not in page and not re.search(r'og:image" content="[^"]*\.svg', page)
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)[1])
    assert ld["@type"] == "Article" and ld["headline"] == "Detacheren in de haven: samen sterk"
    sitemap = (out / "site" / "sitemap.xml").read_text()
    assert sitemap.count("<loc>") == len(list((out / "site").rglob("*.html"))) - 1  # all but 404.html
    assert (out / "site" / "feed.xml").read_text().count("<entry>") == len(edition.practices)
    assert (out / "site" / "robots.txt").read_text().endswith(f"Sitemap: {base}sitemap.xml\n")
