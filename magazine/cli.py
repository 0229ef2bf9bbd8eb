"""Command line: the only place that prints and chooses exit codes.

Exit 0: built. Exit 1: content problems (all listed). Exit 2: usage or configuration error.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import report as formats
from .errors import ConfigError, ContentError

CONTRIBUTOR_COMMANDS = ("check", "new", "preview", "serve")  # what they print is Dutch
TARGET_USAGE = {
    "new": "fout: `new` heeft een naam nodig, bijvoorbeeld: python build.py new mijn-voorbeeld",
    "preview": "fout: `preview` heeft een bestand nodig, bijvoorbeeld: python build.py preview practices/mijn-voorbeeld.md",
}
COMMANDS = {
    "build": "check, then make the HTML edition and both PDFs (default)",
    "check": "check every practice, including a real layout of each spread; write nothing",
    "html": "check, then make only the HTML edition (output/site/)",
    "pdf": "check, then make only the screen and press PDFs",
    "new": "new SLUG: start practices/SLUG.md from the template",
    "preview": "preview practices/SLUG.md: that practice's spread as PDF and web page in output/preview/",
    "serve": "serve the HTML edition on localhost; rebuild and reload on every change",
}


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="build.py",
        description="Build the good-practices magazine from practices/*.md.",
        epilog="Commands: " + "; ".join(f"{name}: {text}" for name, text in COMMANDS.items()),
    )
    p.add_argument("command", nargs="?", default="build", choices=list(COMMANDS), help="what to do (default: build)")
    p.add_argument("target", nargs="?", help="the slug for `new`, the practice file for `preview`")
    p.add_argument("--config", type=Path, default=Path("magazine.yml"), help="edition settings (default: ./magazine.yml)")
    p.add_argument("--out", type=Path, default=None, help="output folder (default: output/ beside the config)")
    p.add_argument("--format", choices=["text", "github"], default=None,
                   help="how to print problems (default: github when GITHUB_ACTIONS is set, else text)")
    p.add_argument("--no-layout", action="store_true", help="check: skip the layout of each spread (faster)")
    p.add_argument("--crop-marks", action=argparse.BooleanOptionalAction, default=None,
                   help="press PDF: add crop marks outside the bleed (default: crop_marks in magazine.yml, else off)")
    p.add_argument("--port", type=int, default=8000, help="serve: port on 127.0.0.1 (0 picks a free one)")
    p.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)  # exits 2 on usage errors
    needs_target = args.command in ("new", "preview")
    if needs_target != (args.target is not None):
        print(TARGET_USAGE.get(args.command, f"error: `{args.command}` takes no extra argument"), file=sys.stderr)
        return 2
    style = args.format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    report = formats.silent if args.quiet else (lambda line: print(line, file=sys.stderr, flush=True))
    try:
        run(args, report, style)
    except ContentError as error:
        print("\n".join((formats.as_github if style == "github" else formats.as_text)(error.problems)))
        write_summary(style, formats.summary(error.problems, 0))
        count = len(error.problems)
        written = f"zo ziet het er nu uit: {error.shown}" if error.shown else "er is niets geschreven"
        print(f"{count} {'probleem' if count == 1 else 'problemen'} gevonden; {written}.", file=sys.stderr)
        return 1
    except ConfigError as error:
        if error.problems and style == "github":
            print("\n".join(formats.as_github(error.problems)))
        prefix = "fout" if args.command in CONTRIBUTOR_COMMANDS else "error"
        print("\n".join(map(str, error.problems)) if error.problems else f"{prefix}: {error}", file=sys.stderr)
        return 2
    return 0


def run(args, report, style: str) -> None:
    from . import contrib, pipeline

    if args.command == "check":
        edition = pipeline.check(args.config, layout=not args.no_layout, report=report)
        count = len(edition.practices)
        report(f"{count} {'praktijkvoorbeeld' if count == 1 else 'praktijkvoorbeelden'} gecontroleerd, geen problemen")
        write_summary(style, formats.summary((), count))
    elif args.command == "new":
        path = contrib.new_practice(args.config, args.target)
        report(f"aangemaakt: {path}. Vul de velden in, zet de afbeelding in practices/images/ "
               f"en controleer met: python build.py check")
    elif args.command == "preview":
        pipeline.preview(args.config, Path(args.target), args.out, report)
    elif args.command == "serve":
        from .serve import serve
        serve(args.config, args.out, args.port, report)
    else:
        pipeline.build(args.config, args.out, args.command, report, args.crop_marks)


def write_summary(style: str, markdown: str) -> None:
    """The job summary of a GitHub Actions run (only there, and only in github format)."""
    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if style == "github" and path:
        with open(path, "a", encoding="utf-8") as summary:
            summary.write(markdown)
