"""Bringing a damaged journal back from a backup, at start or after a failed check.

Kept apart from :mod:`netjournal.app` (the bootstrap) so that it stays short; nothing here
is imported before it is needed but this module's own few names.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from netjournal.paths import DataDir
from netjournal.storage import StorageError
from netjournal.storage.lock import WriterLock
from netjournal.ui.style import fill

DAMAGED_EXIT = 3  # as the command line: the journal is damaged


def recover(problem: str, data_dir: DataDir, lock: WriterLock | None, *,
             quit_when_ready: bool) -> int | None:
    """A damaged journal: say so and offer a backup; None once one is restored."""
    from netjournal.storage import backups

    if quit_when_ready:  # benchmarks and scripts: no dialog to wait on
        newest = backups.newest_verified(data_dir.backups)
        problem = " ".join(problem.split())
        if newest is None:
            line = fill(QCoreApplication.translate(
                "app", "the journal %1 is damaged (%2); there is no verified backup"),
                data_dir.database, problem)
        else:
            line = fill(QCoreApplication.translate(
                "app", "the journal %1 is damaged (%2); the newest verified backup is from "
                "%3 with %4 contacts: `netjournal restore --latest` brings it back"),
                data_dir.database, problem,
                f"{newest.taken_at.astimezone():%Y-%m-%d %H:%M}", newest.contacts or 0)
        print(f"netjournal: {line}", file=sys.stderr)
        return DAMAGED_EXIT
    from netjournal.ui.safety import ask_for_backup

    chosen = ask_for_backup(problem, data_dir)
    if chosen is None:
        return DAMAGED_EXIT
    return restore(chosen, data_dir, lock)


def restore(source: Path, data_dir: DataDir, lock: WriterLock | None) -> int | None:
    """Restore ``source`` (checked first); None when it worked, else the exit code."""
    from PySide6.QtWidgets import QMessageBox

    from netjournal.storage import backup_restore
    from netjournal.ui.safety import restore_message

    try:
        result = backup_restore.restore(data_dir, source, lock=lock)
    except StorageError as e:
        text = fill(QCoreApplication.translate("app", "The backup was not restored: %1"), str(e))
        print(f"netjournal: {text}", file=sys.stderr)
        box = QMessageBox(QMessageBox.Icon.Critical, "NetJournal", text,
                          QMessageBox.StandardButton.Ok)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return 1
    box = QMessageBox(QMessageBox.Icon.Information, "NetJournal", restore_message(result),
                      QMessageBox.StandardButton.Ok)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
    return None
