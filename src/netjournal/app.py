"""The GUI bootstrap: the one place that wires the app together.

:func:`main` runs these steps, in this order:

1. **paths**: the data folder (``--data-dir``, then ``NETJOURNAL_DATA_DIR``, then the
   user data folder), created 0700 if missing (a folder we cannot use is reported in 5);
2. **logging**: ``--verbose`` logs more (the command line configured the handler);
3. **settings**: read from the data folder (a broken file is reported in step 5);
4. **QApplication**: name, organisation, the compiled resources (icon, translations;
   if ``make resources`` never ran, a warning and no icon), desktop file name, style
   (the wheel guard, by which value widgets take the wheel only when focused, is put
   on once the window shows, in step 8);
5. **translators**: :mod:`netjournal.language` decides (``--lang``, else the settings'
   language, else the locale) and installs NetJournal's and Qt's own, as the command
   line does; then the errors of steps 1 and 3, if any, are shown;
6. **single instance**: if a NetJournal already runs on this data folder (someone holds
   its app lock), ask it to come to the front and exit 0; the server that answers such
   requests listens once this window shows (step 8);
7. **database**: an encrypted journal is unlocked (``NETJOURNAL_PASSPHRASE``,
   ``--passphrase-file``, ``NETJOURNAL_PASSPHRASE_COMMAND``, the keyring if the user chose
   "remember", else the passphrase dialog; with ``--quit-when-ready`` and none of them,
   one line and exit 1); take the folder's app lock (held for the app's life) and open the store
   under the writer lock (migrating it; a schema newer than this code is refused); the
   writer lock is then taken only for each save, so commands in a terminal can write
   too;
8. **events and main window**, shown; the safety net then runs ``quick_check`` off the
   UI thread (writes wait for it) when it is due: once a day, on a file not checked
   before, or after a crash (:mod:`netjournal.storage.damagecheck`, judged in step 7
   before the locks are taken); ``--quit-when-ready`` exits 0 once the window shows its
   first rows and the check passed.

A damaged journal (header or schema unreadable before step 7, ``quick_check`` failing
after the window shows, or SQLite saying "corrupt" later anywhere) leads to one dialog:
restore the newest good backup, choose another, or quit (exit code 3; with
``--quit-when-ready`` one line on stderr and no dialog). File > Restore from backup closes
the window, restores, and opens it again on the restored journal; Edit > Settings >
Privacy does the same to encrypt or decrypt it.

An error a person can act on (folder not writable, journal too new, open elsewhere) is
shown in words, in a message box (on stderr with ``--quit-when-ready``), and gives exit
code 1.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from netjournal import APP_NAME, __version__, language, qtlibs
from netjournal import settings as settings_mod
from netjournal.database_choice import choose
from netjournal.paths import DataDir, PathsError
from netjournal.settings import Settings, SettingsError
from netjournal.storage import AlreadyOpenError, ReadOnlyError, StorageError, damagecheck, keyed
from netjournal.storage.db import find_damage, is_damage
from netjournal.storage.lock import WriterBusyError, holder
from netjournal.storage.sql import database_errors
from netjournal.storage.store import Store, refuse_readonly
from netjournal.ui.recovery import recover as _recover
from netjournal.ui.recovery import restore as _restore
from netjournal.ui.style import apply_style, fill

if TYPE_CHECKING:  # imported when the window is shown
    from netjournal.ui.instance import InstanceServer
    from netjournal.ui.mainwindow import MainWindow

log = logging.getLogger(__name__)

ICON_PATH = ":/icons/netjournal.svg"
DESKTOP_FILE = "io.github.netjournal.NetJournal"  # packaging/<this>.desktop
READY_TIMEOUT_MS = 120_000  # --quit-when-ready gives up (exit 1) after this long
SECOND_LAUNCH_WAIT_S = 3.0  # a first instance may still be starting when we look
DAMAGED_EXIT = 3  # as the command line: the journal is damaged


class StartupError(Exception):
    """Something stops the app from starting; the message is for the user."""


def load_resources() -> bool:
    """Register the compiled resources (icon, translations); False if they were not built."""
    return language.load_resources()


def app_icon(resources: bool) -> QIcon:
    """The app icon from the compiled resources; an empty icon if they were not built."""
    return QIcon(ICON_PATH) if resources else QIcon()


def report(message: str, *, interactive: bool) -> None:
    """Tell the user why the app cannot go on: on stderr, and in a box when interactive."""
    print(f"netjournal: {message}", file=sys.stderr)
    if interactive:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Critical, "NetJournal", message,
                          QMessageBox.StandardButton.Ok)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()


def open_store(data_dir: DataDir) -> Store:
    """Take the app's lock and open the journal, or raise :class:`StartupError`.

    The app holds the folder's writer lock only while it saves, so ``netjournal add`` or
    ``import`` in a terminal can write while the window is open (the window notices).
    """
    try:
        if _read_only(data_dir):
            print(QCoreApplication.translate(
                "app", "netjournal: the journal in %1 is read-only: it is shown, and "
                "changes cannot be saved").replace("%1", str(data_dir.root)), file=sys.stderr)
            return Store.open_reader(data_dir)
        return Store.open_app(data_dir)
    except WriterBusyError as e:
        raise StartupError(str(e)) from e
    except AlreadyOpenError:
        raise
    except PathsError as e:
        raise StartupError(str(e)) from e
    except StorageError as e:
        raise StartupError(str(e)) from e
    except OSError as e:
        where = f" ({e.filename})" if e.filename else ""
        text = QCoreApplication.translate("app", "Cannot use the data folder: %1")
        raise StartupError(fill(text, f"{e.strerror or e}{where}")) from e


def _read_only(data_dir: DataDir) -> bool:
    """Whether the data folder holds a journal that this user cannot write."""
    try:
        refuse_readonly(data_dir)
    except ReadOnlyError:
        return data_dir.has_journal()
    return False


def missing_display(environ: Mapping[str, str], platform: str) -> str | None:
    """Why no window can be shown here, in one line; None when a display may be there.

    On Linux and the BSDs Qt needs X11 (``DISPLAY``) or Wayland (``WAYLAND_DISPLAY``)
    unless a platform is chosen (``QT_QPA_PLATFORM``, e.g. offscreen); without one it
    aborts saying a library is missing and that reinstalling may help, which is wrong.
    """
    if platform in ("win32", "darwin") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return ("no display found (neither DISPLAY nor WAYLAND_DISPLAY is set): start the app "
            "in a desktop session, or under `xvfb-run -a`; for scripts, the command line "
            "works without one (`netjournal --help`)")


def main(args: argparse.Namespace) -> int:
    """Start the GUI; return the exit code (see the module docstring for the steps)."""
    started = time.perf_counter()
    # 1. paths
    data_dir = DataDir.resolve(getattr(args, "data_dir", None))
    quit_when_ready = bool(getattr(args, "quit_when_ready", False))
    interactive = not quit_when_ready
    # 2. logging
    if getattr(args, "verbose", False):
        logging.getLogger("netjournal").setLevel(logging.INFO)
    early_error: str | None = None  # shown once the app can show it, in its language
    try:
        if not _read_only(data_dir):  # a read-only journal is shown as it is
            data_dir.ensure()
    except PathsError as e:
        early_error = str(e)
    # 3. settings
    settings = Settings()
    if early_error is None:
        try:
            settings = settings_mod.load(data_dir.settings)
        except SettingsError as e:
            early_error = str(e)

    # 4. QApplication
    if (problem := missing_display(os.environ, sys.platform)) is not None:
        print(f"netjournal: {problem}", file=sys.stderr)  # Qt would abort with a misleading hint
        return 2
    if (problem := qtlibs.missing_library(os.environ, sys.platform)) is not None:
        print(f"netjournal: {problem}", file=sys.stderr)  # the package, not "reinstall"
        return 2
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QApplication.setApplicationDisplayName("NetJournal")
    QApplication.setDesktopFileName(DESKTOP_FILE)
    icon = app_icon(load_resources())
    app.setWindowIcon(icon)
    apply_style(app)  # the wheel guard goes on once the window shows (see _run_window)

    # 5. translators
    language.install(app, language.choose(getattr(args, "lang", None), settings.language))
    if early_error is not None:
        report(early_error, interactive=interactive)
        return 1

    # 6. which journal (--database, $NETJOURNAL_DATABASE, the remembered choice, the
    # file); 7. open it: a server within a few seconds, else a dialog in words
    choice = choose(getattr(args, "database", None), os.environ, settings.database)
    opened = _open_chosen(choice.url, data_dir, args, quit_when_ready=quit_when_ready)
    if isinstance(opened, int):
        return opened
    store, full_check = opened
    server = LateServer(data_dir.root)  # listens for later launches once the window shows

    # 8. events and the main window, until it closes (again after a restore)
    try:
        while True:
            outcome = _run_window(app, store, data_dir, settings, server,
                                  quit_when_ready=quit_when_ready, started=started,
                                  full_check=full_check)
            if isinstance(outcome, int):
                return outcome
            kind, value = outcome
            lock, store.lock = store.lock, None
            store.close()
            if kind == "switch":  # File > Open database...: another journal
                if lock is not None:
                    lock.release()
                opened = _open_chosen(value, data_dir, args, quit_when_ready=quit_when_ready)
                if isinstance(opened, int):
                    return opened
                store, full_check = opened
                continue
            if kind == "damaged":
                code = _recover(value, data_dir, lock, quit_when_ready=quit_when_ready)
            elif kind == "restore":
                code = _restore(Path(value), data_dir, lock)
            else:  # "privacy": encrypt or decrypt, asked in Settings > Privacy
                from netjournal.ui.settings import convert

                convert.run(value, data_dir)
                code = None
            if code is not None:
                if lock is not None:
                    lock.release()
                return code
            store = Store(data_dir.database, backup_dir=data_dir.backups)
            store.lock = lock
            full_check = True  # a restored file is checked in full
    finally:
        server.close()
        store.close()


def _open_chosen(url: str | None, data_dir: DataDir, args: argparse.Namespace, *,
                 quit_when_ready: bool) -> tuple[Store, bool] | int:
    """Open the server of ``url`` (or, when the user chooses it, this computer's
    journal) or the data folder's file: the store and whether its full check is due, or
    the exit code."""
    if url is not None:
        from netjournal.ui import connect

        opened = connect.open_server(url, interactive=not quit_when_ready)
        if not isinstance(opened, Store | str):
            return opened
        if isinstance(opened, Store):
            return opened, False
    return _open_file(data_dir, args, quit_when_ready=quit_when_ready)


def _open_file(data_dir: DataDir, args: argparse.Namespace, *,
               quit_when_ready: bool) -> tuple[Store, bool] | int:
    """Steps 6 and 7 on the data folder's file (see the module docstring)."""
    interactive = not quit_when_ready
    # 6. single instance
    if _running_instance_answers(data_dir):
        print(QCoreApplication.translate(
            "app", "NetJournal is already open on this data folder; brought it to the front"))
        return 0

    # 7. database: an encrypted journal is unlocked first (passphrase from the environment,
    # the keyring or a dialog); a journal whose header or schema cannot be read is never
    # opened
    if keyed.is_encrypted(data_dir.database):
        from netjournal.ui import unlock  # the passphrase's sources and dialog

        code = unlock.unlock(data_dir, getattr(args, "passphrase_file", None),
                             interactive=interactive)
        if code is not None:
            return code
    # quick_check runs after the window shows, once a day or after a crash (judged
    # before this app takes the folder's locks)
    full_check = damagecheck.full_check_due(data_dir)
    problem = find_damage(data_dir.database, quick=False)
    if problem is not None:
        code = _recover(problem, data_dir, None, quit_when_ready=quit_when_ready)
        if code is not None:
            return code
        full_check = True
    try:
        store = _open_or_find_first(data_dir)
    except StartupError as e:
        report(str(e), interactive=interactive)
        return 1
    if store is None:
        print(QCoreApplication.translate(
            "app", "NetJournal is already open on this data folder; brought it to the front"))
        return 0
    return store, full_check


Outcome = int | tuple[str, Any]
"""How a window ended: an exit code, ("damaged", problem), ("restore", backup file),
("privacy", the conversion asked in Settings > Privacy) or ("switch", the URL chosen in
File > Open database..., None for this computer's journal)."""


def _run_window(app: QApplication, store: Store, data_dir: DataDir, settings: Settings,
                server: LateServer, *, quit_when_ready: bool, started: float,
                full_check: bool = True) -> Outcome:
    """Show the main window on ``store`` and run the event loop until it ends.

    The safety net checks the journal right after the window shows; every write waits
    for that check. Damage found then, or met later anywhere (an uncaught SQLite error
    saying the file is corrupt), ends the window with ``("damaged", problem)``.
    """
    from netjournal.ui.events import JournalEvents
    from netjournal.ui.mainwindow import MainWindow
    from netjournal.ui.safetynet import SafetyNet

    events = JournalEvents()
    try:
        window = MainWindow(store, events, settings, data_dir, icon=app.windowIcon())
    except (StorageError, *database_errors()) as e:  # the journal could be opened, not read
        if is_damage(e.__cause__ or e):
            return ("damaged", str(e.__cause__ or e))
        report(str(e), interactive=not quit_when_ready)
        return 1
    ended: list[tuple[str, Any]] = []
    state = {"ready": False}
    safety = link = None
    if store.on_server:  # the server keeps its own pages; backups: `netjournal backup`
        from netjournal.ui.serverlink import ServerLink

        link = ServerLink(store, events, window, window.outside_changes)
        window.actions.restore_backup.setEnabled(False)
    else:
        safety = SafetyNet(store, data_dir, settings, window, full_check=full_check)
        safety.sig_status.connect(events.sig_status)

    def end(kind: str, value: Any) -> None:
        if not ended:
            ended.append((kind, value))
        window.hide()
        app.exit(0)

    def quit_ready() -> None:
        """--quit-when-ready: end the event loop as it is (the window is not closed, so
        nothing the user could have changed is saved, not even its size)."""
        QTimer.singleShot(0, lambda: app.exit(0))

    def on_checked(problem: str) -> None:
        if problem:
            end("damaged", problem)
        elif quit_when_ready and state["ready"]:
            quit_ready()

    def on_ready() -> None:
        state["ready"] = True
        # the collector was off while starting (see netjournal.cli.main); what start-up
        # made (modules, classes, the window) lives as long as the app, so it is set
        # aside first: turned on, the collector's first pass would scan all of it (8 ms),
        # and every full pass after it again (a window opened again, after a restore, is
        # not: the collector is on by then)
        if not gc.isenabled():
            gc.freeze()
            gc.enable()
        log.info("ready in %.0f ms", (time.perf_counter() - started) * 1000)
        if quit_when_ready:  # a window about to quit answers no later launch
            if safety is None or safety.healthy:
                quit_ready()
            return
        from netjournal.ui.wheelguard import install as install_wheel_guard

        install_wheel_guard(app, shown=window)
        server.start(window)

    def on_restore_asked() -> None:
        from netjournal.ui.safety import choose_backup

        chosen = choose_backup(data_dir, window)
        if chosen is not None and window.close():
            end("restore", str(chosen))

    def on_reopen_asked(request: object) -> None:
        """A settings page asked for the journal closed (encrypting it, say)."""
        if window.close():
            end("privacy", request)

    def on_open_database_asked() -> None:
        from netjournal.ui.opendatabase import choose_database

        chosen = choose_database(store, data_dir, window)
        if chosen is not None and window.close():
            end("switch", chosen or None)

    window.sig_ready.connect(on_ready)
    if safety is not None:
        window.sig_ready.connect(safety.check)
        safety.sig_checked.connect(on_checked)
        # the address book syncs once the journal is known healthy (writes wait for that)
        safety.sig_checked.connect(
            lambda problem: None if problem else window.tools.addressbook.start())
    window.actions.restore_backup.triggered.connect(on_restore_asked)
    window.actions.open_database.triggered.connect(on_open_database_asked)
    window.tools.sig_reopen_asked.connect(on_reopen_asked)
    if quit_when_ready:
        QTimer.singleShot(READY_TIMEOUT_MS, lambda: app.exit(1))
    previous_hook = sys.excepthook

    def on_uncaught(kind: type[BaseException], error: BaseException, tb: Any) -> None:
        if is_damage(error) or is_damage(error.__cause__ or error):  # one place for all
            end("damaged", str(error.__cause__ or error))
            return
        if link is not None and link.handles(error):  # the server went away: edits kept
            return
        previous_hook(kind, error, tb)

    sys.excepthook = on_uncaught
    try:
        window.show()
        code = app.exec()
    finally:
        sys.excepthook = previous_hook
    window.shutdown()
    if not ended and safety is not None:
        safety.finish()
    window.deleteLater()
    if ended:
        return ended[0]
    if quit_when_ready and code != 0:
        print("netjournal: the window did not get ready in time", file=sys.stderr)
    return code


class LateServer:
    """The single-instance server, made and listening once the first window shows.

    Nothing can ask for the window before it exists, and a launch meanwhile keeps asking
    for a few seconds (:func:`_open_or_find_first`): so QtNetwork is not loaded before
    the first frame.
    """

    def __init__(self, data_root: Path) -> None:
        self._root = data_root
        self._server: InstanceServer | None = None

    def start(self, window: MainWindow) -> None:
        """Listen (the first time) and bring ``window`` to the front when asked."""
        from netjournal.ui.instance import InstanceServer

        if self._server is None:
            self._server = InstanceServer(self._root)
            self._server.listen()
        self._server.sig_activation_requested.connect(window.bring_to_front)

    def close(self) -> None:
        if self._server is not None:
            self._server.close()


def _running_instance_answers(data_dir: DataDir, timeout_ms: int | None = None) -> bool:
    """Whether a NetJournal open on this folder came to the front when asked.

    An app holds the folder's app lock for its life, so with the lock free (and a folder
    where it could be taken) nobody is asked, and QtNetwork is not even loaded.
    """
    if holder(data_dir.app_lock) is None and not _read_only(data_dir):
        return False
    from netjournal.ui.instance import ask_running_instance

    if timeout_ms is None:
        return ask_running_instance(data_dir.root)
    return ask_running_instance(data_dir.root, timeout_ms=timeout_ms)


def _open_or_find_first(data_dir: DataDir) -> Store | None:
    """Open the store; None if it turned out another instance has it and came forward."""
    deadline = time.monotonic() + SECOND_LAUNCH_WAIT_S
    while True:
        try:
            return open_store(data_dir)
        except AlreadyOpenError as e:
            # The holder may be a first window still starting: ask it until it answers.
            if _running_instance_answers(data_dir, timeout_ms=500):
                return None
            if time.monotonic() >= deadline:
                who = (fill(QCoreApplication.translate("app", " (process %1)"), e.pid)
                       if e.pid else "")
                raise StartupError(fill(QCoreApplication.translate(
                    "app", "This journal is already open elsewhere%1 and did not answer: "
                    "close NetJournal there (or the command that is using it), "
                    "then try again.\n\nData folder: %2"), who, data_dir.root)) from e
            time.sleep(0.2)
