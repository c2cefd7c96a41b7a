"""The Linux desktop entry and AppStream metadata validate, as distributions check them."""

import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def _validate(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (.ci/run installs it)")
    return subprocess.run([tool, *args], capture_output=True, text=True, check=False)


def test_desktop_file_is_valid():
    proc = _validate("desktop-file-validate", str(*PACKAGING.glob("*.desktop")))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip() == ""  # no warnings either


def test_appstream_metadata_is_valid():
    proc = _validate("appstreamcli", "validate", "--no-net", "--explain",
                     str(*PACKAGING.glob("*.metainfo.xml")))
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_desktop_file_runs_an_installed_entry_point():
    desktop = next(PACKAGING.glob("*.desktop")).read_text(encoding="utf-8")
    exec_line = next(line for line in desktop.splitlines() if line.startswith("Exec="))
    command = exec_line.removeprefix("Exec=").split()[0]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert command in {**project["scripts"], **project["gui-scripts"]}
