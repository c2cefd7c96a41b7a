"""The Linux desktop entry and AppStream metadata validate, as distributions check them."""

import os
import runpy
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import netjournal

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DESKTOP_ID = "io.github.netjournal.NetJournal"


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


def _newest_release(metainfo: Path) -> str:
    releases = ET.parse(metainfo).getroot().find("releases")
    assert releases is not None
    versions = [release.get("version", "") for release in releases.findall("release")]
    assert versions, "the metainfo lists no release"
    return versions[0]  # AppStream lists the newest first


def test_version_is_written_once_and_the_metainfo_releases_it():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    dynamic = project["tool"]["setuptools"]["dynamic"]["version"]
    assert dynamic == {"attr": "netjournal.__version__"}
    proc = subprocess.run([sys.executable, "-m", "netjournal", "--version"],
                          capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == f"netjournal {netjournal.__version__}"
    assert _newest_release(next(PACKAGING.glob("*.metainfo.xml"))) == netjournal.__version__


def _make(target: str, tmp_path: Path, *extra: str) -> None:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), target, *extra],
                   env=env, capture_output=True, text=True, check=True)


def test_install_desktop_puts_the_entry_icon_and_metainfo_in_the_xdg_folders(tmp_path):
    _make("install-desktop", tmp_path)
    entry = tmp_path / "applications" / f"{DESKTOP_ID}.desktop"
    icon = tmp_path / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg"
    metainfo = tmp_path / "metainfo" / f"{DESKTOP_ID}.metainfo.xml"
    assert entry.read_bytes() == (PACKAGING / f"{DESKTOP_ID}.desktop").read_bytes()
    assert icon.read_bytes() == (ROOT / "resources" / "icons" / "netjournal.svg").read_bytes()
    assert _newest_release(metainfo) == netjournal.__version__

    _make("uninstall-desktop", tmp_path)
    assert [path for path in tmp_path.rglob("*") if path.is_file()] == []  # nothing left


def test_install_desktop_can_start_the_bundle_instead(tmp_path):
    bundle = "/opt/NetJournal Bundle/netjournal"
    _make("install-desktop", tmp_path, f"EXEC={bundle}")
    entry = (tmp_path / "applications" / f"{DESKTOP_ID}.desktop").read_text(encoding="utf-8")
    assert f'\nExec="{bundle}" %U\n' in entry
    proc = _validate("desktop-file-validate", str(tmp_path / "applications" /
                                                  f"{DESKTOP_ID}.desktop"))
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_wheel_build_step_compiles_the_translations_and_the_icon(tmp_path):
    build = runpy.run_path(str(ROOT / "setup.py"))  # not as __main__: setup() does not run
    module = tmp_path / "netjournal" / "ui" / "resources_rc.py"
    build["compile_resources"](module)
    # A fresh interpreter with only that module: it must bring the icon and Indonesian.
    probe = (
        "import importlib.util, sys\n"
        "from PySide6.QtCore import QCoreApplication, QFile, QTranslator\n"
        f"spec = importlib.util.spec_from_file_location('resources_rc', {str(module)!r})\n"
        "spec.loader.exec_module(importlib.util.module_from_spec(spec))\n"
        "app = QCoreApplication([])\n"
        "own, qt = QTranslator(), QTranslator()\n"
        "print(QFile.exists(':/icons/netjournal.svg'),\n"
        "      own.load('netjournal_id', ':/translations'),\n"
        "      qt.load('qtbase_id', ':/translations'))\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.stdout.split() == ["True", "True", "True"]
