"""The first-run page of an empty journal: three ways in."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from netjournal import demo
from netjournal.storage import StorageError
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents
from netjournal.ui.style import SHEETS

DEMO_CONTACTS = 200
COLUMN_WIDTH = 560


class WayInButton(QPushButton):
    """A big button: a round badge, a bold title and one line saying what it does."""

    def __init__(self, badge: str, title: str, description: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WelcomeAction")
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # the description wraps
        self.setSizePolicy(policy)
        self.badge = QLabel(badge, self)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setFixedSize(QSize(40, 40))
        self.title = QLabel(title, self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.description = QLabel(description, self)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setWordWrap(True)
        for label in (self.badge, self.title, self.description):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.title)
        words.addWidget(self.description)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(14)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(words, 1)
        self._restyle()

    def _restyle(self) -> None:
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        tint = QColor(accent)
        tint.setAlpha(40)
        self.badge.setStyleSheet(
            f"background: rgba({tint.red()}, {tint.green()}, {tint.blue()}, {tint.alpha()});"
            f" color: {accent.name()}; border-radius: 20px; font-size: 16pt; font-weight: 600;")
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        self.description.setStyleSheet(f"color: {muted.name()};")

    def sizeHint(self) -> QSize:
        width = max(self.layout().sizeHint().width(), COLUMN_WIDTH)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.heightForWidth(max(self.width(), 240)))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()


class WelcomePage(QWidget):
    """Shown while the journal is empty: add someone, import a file, or try demo data."""

    sig_new_contact_requested = Signal()
    """The user wants to type in their first contact."""

    sig_import_requested = Signal()
    """The user wants to import contacts from a file (the import dialog answers)."""

    sig_demo_loaded = Signal()
    """Demo data went into the journal (``sig_journal_reset`` was emitted too)."""

    def __init__(self, store: Store, events: JournalEvents, parent: QWidget | None = None,
                 icon: QIcon | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WelcomePage")
        self.setAutoFillBackground(True)
        self.setStyleSheet(SHEETS["welcome"])
        self._store = store
        self._events = events

        logo = QLabel(self)
        logo.setAlignment(Qt.AlignmentFlag.AlignLeft)
        if icon is not None and not icon.isNull():
            logo.setPixmap(icon.pixmap(QSize(72, 72), self.devicePixelRatioF()))
            logo.setFixedHeight(76)
        else:
            logo.hide()
        headline = QLabel(self.tr("Welcome to NetJournal"), self)
        headline.setObjectName("WelcomeHeadline")
        headline.setTextFormat(Qt.TextFormat.PlainText)
        headline.setWordWrap(True)
        text = QLabel(self.tr(
            "A private journal of the people you meet: who they are, what you talked "
            "about, when to follow up and what you can offer them. Everything stays on "
            "this computer."), self)
        text.setObjectName("WelcomeText")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)

        self.new_button = WayInButton(
            "+", self.tr("Add your first contact"),
            self.tr("Start with someone you met recently, while you still remember the details."),
            self)
        self.import_button = WayInButton(
            "↓", self.tr("Import contacts…"),
            self.tr("Bring people in from LinkedIn, Google or Outlook (CSV), or a vCard file."),
            self)
        self.demo_button = WayInButton(
            "✦", self.tr("Explore with demo data"),
            self.tr("Fill this journal with 200 made-up people to try everything out."),
            self)

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(logo)
        column.addSpacing(4)
        column.addWidget(headline)
        column.addWidget(text)
        column.addSpacing(18)
        column.addWidget(self.new_button)
        column.addWidget(self.import_button)
        column.addWidget(self.demo_button)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setMaximumWidth(COLUMN_WIDTH)  # narrower in a narrow window, never wider
        holder.setMinimumWidth(260)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(2)
        outer.addLayout(row)
        outer.addStretch(3)
        self.setTabOrder(self.new_button, self.import_button)
        self.setTabOrder(self.import_button, self.demo_button)

        self.new_button.clicked.connect(self.sig_new_contact_requested)
        self.import_button.clicked.connect(self.sig_import_requested)
        self.demo_button.clicked.connect(self._on_demo_button_clicked)

    def _on_demo_button_clicked(self) -> None:
        self.load_demo()

    def load_demo(self) -> bool:
        """Generate the demo journal; False (with a message) if that was not possible."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            demo.generate(self._store, DEMO_CONTACTS)
        except StorageError as e:
            QApplication.restoreOverrideCursor()
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Demo data"), str(e),
                              QMessageBox.StandardButton.Ok, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.exec()
            return False
        QApplication.restoreOverrideCursor()
        self._events.sig_journal_reset.emit()
        self.sig_demo_loaded.emit()
        return True
