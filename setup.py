"""Build step: the wheel carries the compiled translations and the icon.

Everything else about the package is in pyproject.toml. Building the wheel (``pip wheel .``,
``pipx install .``) compiles resources/translations/*.ts into .qm files with lrelease and
packs them with the icon into ``netjournal/ui/resources_rc.py`` with rcc, the same two
steps as ``make resources``; both tools come with PySide6-Essentials, a build requirement.
An editable install (``make``) leaves this to the Makefile, which writes the module into
src/ instead.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
QRC = ROOT / "resources" / "netjournal.qrc"
TRANSLATIONS = ROOT / "resources" / "translations"
QM_DIR = ROOT / "build" / "translations"  # where the .qrc looks for them, as with make
RESOURCES_MODULE = Path("netjournal", "ui", "resources_rc.py")


def _pyside_tool(name: str, *args: str) -> None:
    """Run pyside6-<name> (it finds the Qt tool inside the PySide6 package)."""
    code = f"from PySide6.scripts.pyside_tool import {name}; {name}()"
    subprocess.run([sys.executable, "-c", code, *args], check=True)


def compile_resources(target: Path) -> None:
    """Compile the translations and write the Qt resource module with the icon to target."""
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        _pyside_tool("lrelease", "-silent", str(ts), "-qm", str(QM_DIR / f"{ts.stem}.qm"))
    target.parent.mkdir(parents=True, exist_ok=True)
    _pyside_tool("rcc", str(QRC), "-o", str(target))


class BuildPyWithResources(build_py):
    """build_py that also writes netjournal/ui/resources_rc.py into the wheel."""

    def run(self) -> None:
        super().run()
        if not self.editable_mode:
            compile_resources(Path(self.build_lib) / RESOURCES_MODULE)


if __name__ == "__main__":
    setup(cmdclass={"build_py": BuildPyWithResources})
