"""The only module that calls WeasyPrint.

Resources come only from the project's templates and practices folders (never the
network), and everything WeasyPrint logs at warning level or above is a build problem.
"""
from __future__ import annotations

import hashlib
import logging
import mimetypes
import re
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from .errors import ConfigError, Problem

PANGO_HINT = ("WeasyPrint needs Pango 1.44 or newer. On Debian or Ubuntu run: "
              "sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0")
RANDOM_DOCUMENT_ID = re.compile(rb"xmp\.did:[0-9a-f-]{36}")
VARIANTS = {"screen": "pdf/ua-1", "press": "pdf/x-4"}


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int
    problems: tuple[Problem, ...]


def load_weasyprint():
    try:
        import weasyprint
    except OSError as error:  # a missing shared library, not a Python problem
        raise ConfigError(f"cannot load WeasyPrint ({error}). {PANGO_HINT}") from None
    return weasyprint


def render_pdf(html: str, stylesheets: list[Path], variant: str, allowed: list[Path], label: str) -> RenderedPdf:
    """Lay out `html` and return the PDF bytes; `label` names the output in problems."""
    weasyprint = load_weasyprint()
    fetcher = _project_fetcher(weasyprint, [p.resolve() for p in allowed])
    digest = hashlib.sha256(html.encode()).hexdigest()[:32]
    options = {
        "pdf_variant": VARIANTS[variant],
        # A fixed identifier derived from the input keeps builds reproducible.
        "pdf_identifier": digest.encode(),
    }
    with _logged_problems(label) as problems:
        fonts = weasyprint.text.fonts.FontConfiguration()  # without it @font-face is ignored
        css = [weasyprint.CSS(filename=str(s), url_fetcher=fetcher, font_config=fonts) for s in stylesheets]
        document = weasyprint.HTML(
            string=html, base_url=allowed[0].resolve().as_uri() + "/", url_fetcher=fetcher,
        ).render(stylesheets=css, font_config=fonts, **options)
        data = document.write_pdf(finisher=_stable_document_id(digest), **options)
    return RenderedPdf(data, len(document.pages), tuple(problems))


def _stable_document_id(digest: str):
    """WeasyPrint gives PDF/X-4 a random XMP DocumentID; derive it from the input instead."""
    document_id = f"xmp.did:{uuid.UUID(hex=digest)}".encode()

    def finisher(document, pdf):
        for stream in pdf.objects:
            if getattr(stream, "extra", {}).get("Type") == "/Metadata":
                stream.stream = [RANDOM_DOCUMENT_ID.sub(document_id, part) for part in stream.stream]

    return finisher


def _project_fetcher(weasyprint, roots: list[Path]):
    urls = weasyprint.urls

    class ProjectFetcher(urls.URLFetcher):
        def fetch(self, url, headers=None):
            parts = urlsplit(url)
            if parts.scheme != "file":
                raise ValueError(f"not fetched: {url} (only files inside the project are read, never the network)")
            path = Path(url2pathname(parts.path)).resolve()
            if not any(path.is_relative_to(root) for root in roots):
                raise ValueError(f"not fetched: {path} is outside {', '.join(map(str, roots))}")
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return urls.URLFetcherResponse(url, path.read_bytes(), {"Content-Type": content_type})

    return ProjectFetcher()


class _Collector(logging.Handler):
    def __init__(self, label: str):
        super().__init__(logging.WARNING)
        self.label, self.problems = label, []

    def emit(self, record):
        self.problems.append(Problem(self.label, 0, f"WeasyPrint: {record.getMessage()}"))


@contextmanager
def _logged_problems(label: str):
    logger = logging.getLogger("weasyprint")
    collector = _Collector(label)
    logger.addHandler(collector)
    previous = logger.propagate
    logger.propagate = False  # reported once, as a problem, not also on stderr
    try:
        yield collector.problems
    finally:
        logger.removeHandler(collector)
        logger.propagate = previous
