"""Edit > Settings: one dialog, one page per subject.

Each page is a self-contained widget with ``title()`` and ``apply(settings) -> Settings``;
OK saves what every page holds, Cancel nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from netjournal.settings import Settings


class Page(Protocol):
    def title(self) -> str: ...

    def apply(self, settings: Settings) -> Settings: ...


class SettingsDialog(QDialog):
    """The pages side by side; :meth:`chosen` is the settings as the pages say."""

    def __init__(self, settings: Settings, pages: Sequence[QWidget],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.pages = list(pages)
        self.tabs = QTabWidget()
        for page in self.pages:
            self.tabs.addTab(page, page.title())  # type: ignore[attr-defined]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def chosen(self) -> Settings:
        settings = self._settings
        for page in self.pages:
            settings = page.apply(settings)  # type: ignore[attr-defined]
        return settings
