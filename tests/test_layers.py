"""The layers are real: the lower ones never load Qt."""

import subprocess
import sys
import textwrap

import pytest

QT_FREE = ["netjournal.domain", "netjournal.storage", "netjournal.interop", "netjournal.paths",
           "netjournal.settings"]


@pytest.mark.parametrize("package", QT_FREE)
def test_package_loads_no_qt(package):
    # Import every module of the package, then look at what got loaded.
    code = textwrap.dedent(f"""
        import importlib, pkgutil, sys
        pkg = importlib.import_module({package!r})
        for info in pkgutil.walk_packages(getattr(pkg, "__path__", []), pkg.__name__ + "."):
            importlib.import_module(info.name)
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
        print(",".join(loaded))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout.strip()
    assert out == "", f"{package} loaded {out}"


def test_cli_commands_without_gui_load_no_qt(tmp_path):
    code = ("import sys\nfrom netjournal.cli import main\n"
            f"main(['search', 'x', '--data-dir', {str(tmp_path)!r}])\n"
            "print(any(m.startswith('PySide6') for m in sys.modules), file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=60)
    assert proc.stderr.strip().endswith("False")
