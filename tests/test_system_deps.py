"""tools/system-deps.sh, which `make` and `make test` run first: it installs missing Debian packages
as root, with `sudo -n` when that needs no password, and otherwise prints the command and exits 2.

apt-get, dpkg-query, id and sudo are replaced by stubs on PATH that record how they were called.
"""
from __future__ import annotations

import os
import subprocess

import pytest

from .conftest import ROOT

SCRIPT = ROOT / "tools" / "system-deps.sh"
BUILD_PACKAGES = "libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 poppler-utils"


def stub(folder, name: str, body: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)


@pytest.fixture
def machine(tmp_path):
    """A fake Debian machine: `installed` lists the packages dpkg knows; calls go to calls.log."""
    bin_dir, log = tmp_path / "bin", tmp_path / "calls.log"
    bin_dir.mkdir()
    installed = tmp_path / "installed"
    installed.write_text("libpango-1.0-0\nlibpangoft2-1.0-0\npoppler-utils\nchromium\n")
    stub(bin_dir, "dpkg-query", f'grep -qx "$3" {installed} && printf "install ok installed"')
    stub(bin_dir, "apt-get", f'echo "apt-get $*" >> {log}')
    stub(bin_dir, "java", "true")
    stub(bin_dir, "npm", "true")

    def run(what: str, uid: int, sudo: bool | None):
        stub(bin_dir, "id", f"echo {uid}")
        if sudo is not None:
            stub(bin_dir, "sudo", f'[ "$1" = -n ] && shift; {"" if sudo else "exit 1;"} echo "sudo" >> {log}; "$@"')
        env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}
        result = subprocess.run(["sh", str(SCRIPT), what], capture_output=True, text=True, env=env)
        calls = log.read_text().splitlines() if log.exists() else []
        return result, calls

    return run


def test_as_root_it_installs_what_is_missing_and_says_so(machine):
    result, calls = machine("build", uid=0, sudo=None)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "installing system packages: libharfbuzz-subset0\n"
    assert calls == ["apt-get update -q",
                     "apt-get install -y -q --no-install-recommends libharfbuzz-subset0"]


def test_without_root_it_uses_passwordless_sudo(machine):
    result, calls = machine("build", uid=1000, sudo=True)
    assert result.returncode == 0, result.stderr
    assert calls == ["sudo", "sudo", "apt-get update -q", "sudo",
                     "apt-get install -y -q --no-install-recommends libharfbuzz-subset0"]


def test_without_root_or_sudo_it_prints_the_command_and_exits_2(machine):
    result, calls = machine("build", uid=1000, sudo=False)
    assert result.returncode == 2
    assert calls == []  # the password check failed; nothing was installed
    assert result.stderr == (
        "Missing system packages: libharfbuzz-subset0. Install them, then run make again:\n"
        "  sudo apt-get update && sudo apt-get install -y --no-install-recommends libharfbuzz-subset0\n")


def test_the_tests_need_more_packages(machine, tmp_path):
    (tmp_path / "installed").write_text(BUILD_PACKAGES.replace(" ", "\n") + "\n")
    result, calls = machine("test", uid=0, sudo=None)
    assert result.stdout == "installing system packages: chromium\n"
    assert calls[-1] == "apt-get install -y -q --no-install-recommends chromium"


def test_nothing_missing_means_nothing_said_or_done(machine, tmp_path):
    (tmp_path / "installed").write_text(BUILD_PACKAGES.replace(" ", "\n") + "\n")
    result, calls = machine("build", uid=0, sudo=None)
    assert (result.returncode, result.stdout, result.stderr, calls) == (0, "", "", [])
