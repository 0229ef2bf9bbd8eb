"""Command line: the only place that prints and chooses exit codes.

Exit 0: built. Exit 1: content problems (all listed). Exit 2: usage or configuration error.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import ConfigError, ContentError
from .pipeline import build, load_edition

COMMANDS = {
    "build": "check, then make the HTML edition and both PDFs (default)",
    "check": "check every practice and report all problems; write nothing",
    "html": "check, then make only the HTML edition (output/site/)",
    "pdf": "check, then make only the screen and press PDFs",
}


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="build.py",
        description="Build the good-practices magazine from practices/*.md.",
        epilog="Commands: " + "; ".join(f"{name}: {text}" for name, text in COMMANDS.items()),
    )
    p.add_argument("command", nargs="?", default="build", choices=list(COMMANDS), help="what to do (default: build)")
    p.add_argument("--config", type=Path, default=Path("magazine.yml"), help="edition settings (default: ./magazine.yml)")
    p.add_argument("--out", type=Path, default=None, help="output folder (default: output/ beside the config)")
    p.add_argument("--crop-marks", action=argparse.BooleanOptionalAction, default=None,
                   help="press PDF: add crop marks outside the bleed (default: crop_marks in magazine.yml, else off)")
    p.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)  # exits 2 on usage errors
    report = (lambda line: None) if args.quiet else (lambda line: print(line, file=sys.stderr, flush=True))
    try:
        if args.command == "check":
            edition = load_edition(args.config)
            count = len(edition.practices)
            report(f"{count} {'practice' if count == 1 else 'practices'} checked, no problems")
        else:
            build(args.config, args.out, args.command, report, args.crop_marks)
    except ContentError as error:
        for problem in error.problems:
            print(problem)
        count = len(error.problems)
        print(f"{count} {'probleem' if count == 1 else 'problemen'} gevonden; er is niets geschreven.", file=sys.stderr)
        return 1
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0
