"""The dialog where the user edits their red-flag phrases."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from netjournal.domain.triage import clean_phrases
from netjournal.settings import DEFAULT_RED_FLAGS


class RedFlagsDialog(QDialog):
    """One phrase per line; saving tidies the list (blanks and repeats go)."""

    def __init__(self, phrases: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Red-flag phrases"))
        intro = QLabel(self.tr(
            "Requests whose message contains one of these count against it. One phrase "
            "per line; emoji work too. Capitals and accents don't matter, and a phrase "
            "also catches longer words that start with it (“crypto” catches "
            "“cryptocurrency”)."), self)
        intro.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("Red-flag phrases, one per line"))
        self.editor.setPlainText("\n".join(phrases))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self._on_restore_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.buttons)
        self.resize(420, 360)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def phrases(self) -> tuple[str, ...]:
        """The phrases as edited, tidied."""
        return clean_phrases(self.editor.toPlainText().splitlines())

    def _on_restore_clicked(self) -> None:
        self.editor.setPlainText("\n".join(DEFAULT_RED_FLAGS))
