"""Edit > Settings: one dialog, one tab per subject.

Each page is a self-contained widget with a ``title()``. A page of preferences also has
``apply(settings) -> Settings``: OK saves what every such page holds, Cancel nothing. A
page that acts on the journal itself (Privacy: encrypt it) may have ``sig_reopen_asked``:
the dialog closes and passes the request on, for the app to close the journal and do it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from netjournal.settings import Settings


class SettingsDialog(QDialog):
    """The pages side by side; :meth:`chosen` is the settings as the pages say."""

    sig_reopen_asked = Signal(object)
    """A page asked for something that needs the journal closed (the request it made)."""

    def __init__(self, settings: Settings, pages: Sequence[QWidget],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.pages = list(pages)
        self.tabs = QTabWidget()
        for page in self.pages:
            page.setParent(self)
            self.tabs.addTab(page, page.title())  # type: ignore[attr-defined]
            if hasattr(page, "sig_reopen_asked"):
                page.sig_reopen_asked.connect(self._on_page_reopen_asked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(600, 440)

    def chosen(self) -> Settings:
        settings = self._settings
        for page in self.pages:
            if hasattr(page, "apply"):
                settings = page.apply(settings)
        return settings

    def _on_page_reopen_asked(self, request: object) -> None:
        self.reject()  # nothing else is saved: the journal is about to close
        self.sig_reopen_asked.emit(request)
