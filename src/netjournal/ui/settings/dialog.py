"""The settings dialog: a tab per page, each page its own module.

A page is a ``QWidget`` made with ``(context, parent)`` whose class has a ``title()``
static method; to add one, write its module in this package and list its class in
:data:`PAGES`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from netjournal.ui.settings import SettingsContext
from netjournal.ui.settings.privacy import PrivacyPage

PAGES: tuple[type, ...] = (PrivacyPage,)


class SettingsDialog(QDialog):
    """Settings, one tab per page of :data:`PAGES`, in that order."""

    sig_reopen_asked = Signal(object)
    """A page asked for something that needs the journal closed (the request it made)."""

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget()
        self.pages: dict[type, QWidget] = {}
        for page_class in PAGES:
            page = page_class(context, self)
            self.pages[page_class] = page
            self.tabs.addTab(page, page_class.title())
            if hasattr(page, "sig_reopen_asked"):
                page.sig_reopen_asked.connect(self._on_page_reopen_asked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(600, 440)

    def _on_page_reopen_asked(self, request: object) -> None:
        self.accept()
        self.sig_reopen_asked.emit(request)
