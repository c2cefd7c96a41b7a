"""What starting the app on a plain journal loads: never what only some journals, commands
or actions need (encryption, PostgreSQL, file formats, printing, the commands' modules).

Each test starts the real app (``--quit-when-ready``) in a fresh process and reads the
modules it loaded from ``sys.modules`` once its window was shown and closed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from netjournal.paths import DataDir
from netjournal.storage.store import Store

# Qt's offscreen platform warns that it lacks window features; a real display does not.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

START = """
import gc, json, sys
from netjournal import cli
from netjournal.ui import mainwindow
first_show, seen = mainwindow.MainWindow._on_first_show, []

def on_first_show(window):  # the window says it is ready: the app turns the collector on,
    first_show(window)     # with what start-up made set aside (never scanned again)
    seen.append((gc.isenabled(), gc.get_freeze_count() > 1000))

mainwindow.MainWindow._on_first_show = on_first_show
code = cli.main(sys.argv[1:])
assert seen == [(True, True)], f"the collector was not on again, start-up's objects set " \
    f"aside, once the window was ready: {seen}"
qt_types = [f"{m.__name__}.{name}" for m in (sys.modules[f"PySide6.{part}"] for part in
            ("QtCore", "QtGui", "QtWidgets")) for name, value in vars(m).items()
            if isinstance(value, type)]
print(json.dumps({"modules": [name for name, module in sys.modules.items()
                              if module is not None], "qt_types": qt_types}))
sys.exit(code)
"""

# Loaded only by the journals, commands or actions that need them.
HEAVY = (
    "cryptography", "keyring", "sqlcipher3", "netjournal.storage.cipher",
    "netjournal.storage.keyfile", "netjournal.ui.passphrase",
    "netjournal.ui.unlock", "getpass",  # an encrypted journal, a passphrase asked
    "netjournal.storage.backups", "netjournal.domain.retention",  # a backup taken
    "psycopg", "psycopg2", "netjournal.storage.postgres",  # a journal on a server
    "vobject", "icalendar", "reportlab", "pypdf", "netjournal.report", "netjournal.interop",
    "PySide6.QtPrintSupport", "netjournal.ui.printing", "netjournal.ui.importdialog",
    "netjournal.cli.common", "netjournal.cli.unlock", "netjournal.cli.words",  # commands
    "PySide6.QtNetwork", "netjournal.ui.instance",  # the single-instance server: once shown
    "subprocess", "ctypes",  # a passphrase command; the X11 library check (not offscreen)
)


def _started(folder, *args: str, script: str = START) -> dict[str, list[str]]:
    """The modules a start loaded, and the Qt types it made (Qt for Python makes each
    class the first time it is named: ``PySide6.QtWidgets.QMenu``, say)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script, "--quit-when-ready", "--data-dir",
                           str(folder), *args], env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    started: dict[str, list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    return started


def _loaded_at_start(folder, *args: str) -> set[str]:
    return set(_started(folder, *args)["modules"])


def _heavy(loaded: set[str]) -> list[str]:
    return sorted(m for m in loaded if any(m == h or m.startswith(f"{h}.") for h in HEAVY))


@pytest.fixture(scope="module")
def journal(tmp_path_factory):
    folder = tmp_path_factory.mktemp("startup") / "data"
    with Store.open(DataDir(folder)) as store:
        from netjournal import demo

        demo.generate(store, 40)
    return folder


def test_the_plain_journal_starts_without_the_heavy_modules(journal):
    loaded = _loaded_at_start(journal)
    assert "netjournal.ui.today.view" in loaded  # it did start, on its home view
    assert _heavy(loaded) == []


def test_in_indonesian_too(journal):
    loaded = _loaded_at_start(journal, "--lang", "id")
    assert _heavy(loaded) == []


def test_the_check_sees_a_heavy_module(journal):
    """The same check fails when the start does load one of them (here on purpose)."""
    script = START.replace("code = cli.main", "import netjournal.storage.cipher\ncode = cli.main")
    assert "netjournal.storage.cipher" in _heavy(set(_started(journal, script=script)["modules"]))


def test_what_the_window_needs_besides_qt_is_loaded_before_qt(journal):
    """The app's preload is Qt-free (else it would not load before Qt) and still what a
    start loads (else it is a stale list)."""
    from netjournal.cli import APP_PRELOAD

    script = ("import importlib, sys\nfrom netjournal import cli\n"
              "for name in cli.APP_PRELOAD: importlib.import_module(name)\n"
              "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=True)
    assert done.stdout.strip() == "[]"
    assert set(APP_PRELOAD) <= _loaded_at_start(journal)


def test_the_start_makes_no_qt_type_that_only_an_action_or_an_event_filter_needs(journal):
    """The snooze dialog's calendar and buttons come with the dialog; and no event reaches
    Python through a filter while the window starts (an event filter's first event makes
    Qt for Python make every event class it could be: graphics scene, tablet, gesture
    events...). The start's own types are made, those not: the check can see them."""
    made = set(_started(journal)["qt_types"])
    assert {"PySide6.QtWidgets.QListView", "PySide6.QtGui.QPaintEvent"} <= made
    assert not made & {"PySide6.QtWidgets.QCalendarWidget",
                       "PySide6.QtWidgets.QDialogButtonBox",
                       "PySide6.QtWidgets.QGraphicsSceneWheelEvent",
                       "PySide6.QtGui.QTabletEvent", "PySide6.QtGui.QNativeGestureEvent"}
