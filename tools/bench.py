"""How fast the build is, next to the limit of the engine (issue 13). A benchmark, not a test.

    .venv/bin/python tools/bench.py                    # the sample edition: the ratios below (each step 3 times)
    .venv/bin/python tools/bench.py --practices 500    # the sample grown tenfold: times and peak memory

The edition's sources are copied into a temporary folder, so the working tree and its cache are never
touched; every step runs `build.py` as a user would, in a fresh process, one after the other.

Baseline: one plain WeasyPrint render of the final magazine HTML with the same stylesheets (no checks,
no colour conversion, no cache, none of magazine/engine.py's changes; of fonts.css the faces the
document's characters need, as the build loads them), screen and press, each in a process of its own,
timed in the same run.
Peak memory is the largest sum over a command and all its processes, of their resident memory (RSS) and of
their proportional share of it (PSS: a page shared by several processes, a library or what a forked worker
still shares with its parent, counted once).
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from magazine.config import load_config  # noqa: E402
from magazine.fitlock import LOCK  # noqa: E402

TARGETS = (  # (step, compared with, at most)
    ("build, nothing changed", "cold build", 0.05),
    ("build, one word of a practice changed", "plain screen + press", 0.75),
    ("pdf from cold", "plain screen + press", 0.6),
    ("cold build, fifty downloads included", "plain screen + press", 1.0),
    ("check, one practice changed", "cold build", 0.1),
)

PLAIN = '''
import sys, time
from pathlib import Path
import weasyprint
from magazine import pipeline
from magazine.fonts import font_css_for
from magazine.pdf import VARIANTS
from magazine.render import environment, print_html, print_stylesheets, timestamp

variant, config = sys.argv[1], Path(sys.argv[2])
edition = pipeline.load_edition(config)
env = environment(edition.config.templates_dir)
printed, layouts, _, _ = pipeline.fitted_edition(edition, env, lambda _: None, pdfs=False)  # from layouts.lock
part = "interior" if variant == "press" and edition.config.binding.perfect else "whole"
html = print_html(printed, env, variant, timestamp(edition.config.date), 3 if variant == "press" else 0, layouts, part)
started = time.monotonic()
fonts = weasyprint.text.fonts.FontConfiguration()
# the font faces this document's characters need, as the build loads them (magazine/fonts.py: font_css_for)
css = [weasyprint.CSS(string=font_css_for(s, html)[0], base_url=s.as_uri(), font_config=fonts) if s.name == "fonts.css"
       else weasyprint.CSS(filename=str(s), font_config=fonts) for s in print_stylesheets(edition.config.templates_dir, variant)]
document = weasyprint.HTML(string=html, base_url=edition.config.root.as_uri() + "/")
document.write_pdf(stylesheets=css, font_config=fonts, pdf_variant=VARIANTS[variant])
print(time.monotonic() - started)
'''


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--config", type=Path, default=ROOT / "magazine.yml")
    options.add_argument("--practices", type=int, default=0, help="grow the edition to this many practices (copies)")
    options.add_argument("--repeat", type=int, default=3, help="run each timed step this often, keep the fastest")
    args = options.parse_args()
    with tempfile.TemporaryDirectory(prefix="magazine-bench-") as folder:
        project = copy_sources(args.config, Path(folder))
        if args.practices:
            return scale(project, args.practices)
        return ratios(project, args.repeat)


def ratios(project: Path, repeat: int) -> int:
    """Every timed step `repeat` times, its fastest time kept (the baseline's too): this machine's speed
    varies by a fifth from one minute to the next, and the fastest run is the one least disturbed."""
    config = project / "magazine.yml"
    runs, memory = defaultdict(list), {}
    (project / LOCK).unlink(missing_ok=True)
    first, _ = run(project, "build")  # writes layouts.lock
    practices = [p for p in sorted((project / "practices").glob("*.md")) if not p.name.startswith("_")]
    identical = True
    for time_round in range(repeat):
        fresh_clone(project)  # the lock, no cache, no output
        seconds, memory["build"] = run(project, "build")
        runs["cold build, fifty downloads included"].append(seconds)
        cold_output = output_bytes(project)
        runs["build, nothing changed"].append(run(project, "build")[0])
        identical &= output_bytes(project) == cold_output
        for variant in ("screen", "press"):
            runs[f"plain {variant}"].append(plain_render(project, config, variant))
        change_one_word(practices[2 * time_round])
        runs["build, one word of a practice changed"].append(run(project, "build")[0])
        change_one_word(practices[2 * time_round + 1])
        runs["check, one practice changed"].append(run(project, "check")[0])
        fresh_clone(project)
        seconds, memory["pdf"] = run(project, "pdf")
        runs["pdf from cold"].append(seconds)
    times = {step: min(seconds) for step, seconds in runs.items()}
    bases = {"cold build": times["cold build, fifty downloads included"],
             "plain screen + press": times["plain screen"] + times["plain press"]}
    print(f"{'step':<42}{'seconds':>9}   ratio   (each the fastest of {repeat} runs)")
    print(f"{'plain screen render':<42}{times['plain screen']:>9.1f}")
    print(f"{'plain press render':<42}{times['plain press']:>9.1f}")
    print(f"{'first build (no cache, no layouts.lock)':<42}{first:>9.1f}   "
          f"{first / bases['plain screen + press']:.2f} × plain screen + press (no target)")
    met = True
    for step, base, most in TARGETS:
        ratio = times[step] / bases[base]
        met &= ratio <= most
        print(f"{step:<42}{times[step]:>9.1f}   {ratio:.2f} × {base} (target ≤ {most}){'' if ratio <= most else '  MISSED'}")
    print(f"no-change rebuild left the output byte-identical: {'yes' if identical else 'NO'}")
    print("peak memory (RSS summed over processes; PSS, shared pages counted once): " + ", ".join(
        f"{command} {peak.megabytes:.0f} MB ({peak.pss_megabytes:.0f} MB PSS)" for command, peak in memory.items()))
    return 0 if identical else 1


def scale(project: Path, count: int) -> int:
    grow(project / "practices", count)
    rows = []
    for command in ("html", "build"):  # each from cold
        fresh_clone(project)
        seconds, peak = run(project, command)
        rows.append((command, seconds, peak))
    print(f"{count} practices")
    for command, seconds, peak in rows:
        print(f"{command + ' (cold)':<16}{seconds:>8.1f} s   peak memory {peak.megabytes:>6.0f} MB RSS, "
              f"{peak.pss_megabytes:>6.0f} MB PSS")
    return 0


def copy_sources(config_path: Path, folder: Path) -> Path:
    """The edition's sources and its layouts.lock, as a fresh clone has them."""
    config = load_config(config_path)
    project = folder / "edition"
    for source in [*config.sources, *[config.root / LOCK] * (config.root / LOCK).is_file()]:
        target = project / source.relative_to(config.root)
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return project


def fresh_clone(project: Path) -> None:
    """What a fresh clone has: no cache and no output (whose stamp would make a build a no-op)."""
    for folder in (".magazine-cache", "output"):
        shutil.rmtree(project / folder, ignore_errors=True)


def grow(practices: Path, count: int) -> None:
    """Copies of the sample's practices (slug-2, slug-3, ...) until there are `count`."""
    originals = [p for p in sorted(practices.glob("*.md")) if not p.name.startswith("_")]
    for index in range(count - len(originals)):
        original, copy = originals[index % len(originals)], index // len(originals) + 2
        text = original.read_text(encoding="utf-8")
        for field in ("title", "organisation"):  # one practice per organisation, and titles told apart
            text = re.sub(rf'^{field}: ("?)(.*?)\1$', rf"{field}: \g<1>\g<2> {copy}\g<1>", text, count=1, flags=re.M)
        (practices / f"{original.stem}-{copy}.md").write_text(text, encoding="utf-8")


def change_one_word(path: Path) -> None:
    """The first long word of the body written backwards: one word changed, the length kept."""
    text = path.read_text(encoding="utf-8")
    body = text.index("\n---", 4) + 4
    word = re.compile(r"\b([a-z]{8,})\b").search(text, body)
    path.write_text(text[:word.start()] + word.group(1)[::-1] + text[word.end():], encoding="utf-8")


def output_bytes(project: Path) -> dict[str, bytes]:
    output = project / "output"
    return {p.relative_to(output).as_posix(): p.read_bytes() for p in sorted(output.rglob("*")) if p.is_file()}


def run(project: Path, command: str) -> tuple[float, PeakMemory]:
    """Seconds and peak memory of `build.py <command>` on the project."""
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, str(ROOT / "build.py"), command, "--config",
                                str(project / "magazine.yml"), "-q"], cwd=project,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = PeakMemory(process.pid)
    output, _ = process.communicate()
    seconds = time.monotonic() - started
    peak.stop()
    if process.returncode != 0:
        raise SystemExit(f"build.py {command} failed ({process.returncode}):\n{output}")
    return seconds, peak


def plain_render(project: Path, config: Path, variant: str) -> float:
    result = subprocess.run([sys.executable, "-c", PLAIN, variant, str(config)], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"plain {variant} render failed:\n{result.stderr}")
    return float(result.stdout.strip().splitlines()[-1])


class PeakMemory:
    """Samples the memory of a process and all its descendants from /proc, four times a second: the sum of
    their resident memory (RSS, which counts the libraries and the pages forked workers share with their
    parent once in each) and of their proportional share of it (PSS, which counts a shared page once)."""

    def __init__(self, pid: int):
        self.pid, self.peak_kb, self.peak_pss_kb, self.running = pid, 0, 0, True
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    @property
    def megabytes(self) -> float:
        return self.peak_kb / 1024

    @property
    def pss_megabytes(self) -> float:
        return self.peak_pss_kb / 1024

    def stop(self) -> None:
        self.running = False
        self.thread.join()

    def _sample(self) -> None:
        while self.running:
            pids = _tree(self.pid)
            self.peak_kb = max(self.peak_kb, sum(_memory_kb(pid, "status", "VmRSS") for pid in pids))
            self.peak_pss_kb = max(self.peak_pss_kb, sum(_memory_kb(pid, "smaps_rollup", "Pss") for pid in pids))
            time.sleep(0.25)


def _tree(pid: int) -> list[int]:
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        pending += [int(child) for child in children]
    return found


def _memory_kb(pid: int, table: str, field: str) -> int:
    try:
        text = Path(f"/proc/{pid}/{table}").read_text()
    except OSError:
        return 0
    match = re.search(rf"^{field}:\s+(\d+) kB", text, re.M)
    return int(match.group(1)) if match else 0


if __name__ == "__main__":
    sys.exit(main())
