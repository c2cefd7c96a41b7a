"""The layers are real: the lower ones never load Qt, the shared wording only QtCore."""

import os
import subprocess
import sys
import textwrap

import pytest

QT_FREE = ["netjournal.domain", "netjournal.storage", "netjournal.interop", "netjournal.demo",
           "netjournal.paths", "netjournal.settings", "netjournal.language",
           "netjournal.qtlibs", "netjournal.passphrase", "netjournal.database_choice"]
# What each lower layer may load of our own code besides itself: never a layer above it.
BELOW = {
    "netjournal.domain": (),
    "netjournal.storage": ("netjournal.domain", "netjournal.paths", "netjournal.settings",
                           "netjournal.database_choice"),
}
# Below both ui/ and report/: Qt's core only (translations, no widgets), and of our own
# code only the domain's codes.
QTCORE_ONLY = {"netjournal.wording": ("netjournal.domain",),
               "netjournal.dates": ("netjournal.domain", "netjournal.wording")}


def _loaded_by(module: str) -> set[str]:
    """The modules that importing ``module`` in a fresh interpreter loads."""
    code = f"import importlib, sys\nimportlib.import_module({module!r})\nprint(*sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    return set(out.split())


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


def _walk_loaded(package: str) -> set[str]:
    """The modules that importing every module of ``package`` loads, in a fresh interpreter."""
    code = textwrap.dedent(f"""
        import importlib, pkgutil, sys
        pkg = importlib.import_module({package!r})
        for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
            importlib.import_module(info.name)
        print(*sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    return set(out.split())


@pytest.mark.parametrize(("package", "allowed"), BELOW.items())
def test_lower_layers_load_nothing_above_them(package, allowed):
    # e.g. the demo generator sits above storage: storage never reaches up to it
    ours = {m for m in _walk_loaded(package) if m.startswith("netjournal.")}
    above = sorted(m for m in ours if not m.startswith((package, *allowed)))
    assert above == [], f"{package} loaded {above}"


def test_cli_commands_without_gui_load_no_qt(tmp_path):
    code = ("import sys\nfrom netjournal.cli import main\n"
            f"main(['search', 'x', '--data-dir', {str(tmp_path)!r}])\n"
            "print(any(m.startswith('PySide6') for m in sys.modules), file=sys.stderr)")
    # English output needs no translation: Qt stays out (an Indonesian locale loads QtCore)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=60, env={**env, "LANG": "en_US.UTF-8"})
    assert proc.stderr.strip().endswith("False")


@pytest.mark.parametrize(("module", "allowed"), QTCORE_ONLY.items())
def test_shared_wording_loads_only_qtcore_and_the_domain(module, allowed):
    loaded = _loaded_by(module)
    qt = sorted(m for m in loaded if m.startswith("PySide6.Qt"))
    assert qt == ["PySide6.QtCore"], f"{module} loaded {qt}"
    ours = sorted(m for m in loaded if m.startswith("netjournal.") and m != module
                  and not m.startswith(tuple(f"{a}." for a in allowed)) and m not in allowed)
    assert ours == [], f"{module} loaded {ours}"  # never storage, ui or report
