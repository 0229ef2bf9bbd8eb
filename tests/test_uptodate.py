"""A rebuild with nothing changed notices it, says so and writes nothing (magazine/uptodate.py)."""
from __future__ import annotations

import pytest

from magazine.pipeline import build
from magazine.uptodate import STAMP

pytestmark = pytest.mark.slow  # whole builds of the fixture edition

UP_TO_DATE = "nothing changed since the last build; {out} is up to date"


def snapshot(folder) -> dict[str, tuple[bytes, int]]:
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def rebuild(config, out) -> list[str]:
    lines: list[str] = []
    build(config, out, report=lines.append)
    return lines


def test_a_rebuild_of_unchanged_inputs_writes_nothing_and_says_so(edition_copy, tmp_path):
    out = tmp_path / "output"
    first = rebuild(edition_copy, out)
    assert UP_TO_DATE.format(out=out) not in first and (out / STAMP).is_file()
    before = snapshot(out)
    second = rebuild(edition_copy, out)
    assert second == ["checked 3 practice(s), no problems", UP_TO_DATE.format(out=out)]
    assert snapshot(out) == before  # the same bytes, and not even written again


@pytest.mark.parametrize("change", ["one_word_of_a_practice", "an_output_file", "a_partial_build"])
def test_a_changed_input_or_output_builds_again(edition_copy, tmp_path, change):
    out = tmp_path / "output"
    rebuild(edition_copy, out)
    if change == "one_word_of_a_practice":
        practice = edition_copy.parent / "practices" / "kas-aan-de-dijk.md"
        practice.write_text(practice.read_text().replace("kas", "kas,", 1))
    elif change == "an_output_file":
        (out / "site" / "index.html").write_text("changed by hand")
    else:
        build(edition_copy, out, "html")
        assert not (out / STAMP).exists()  # a partial build leaves no stamp
    lines = rebuild(edition_copy, out)
    assert UP_TO_DATE.format(out=out) not in lines and "wrote " + str(out) in lines[-1]
    assert rebuild(edition_copy, out)[-1] == UP_TO_DATE.format(out=out)
