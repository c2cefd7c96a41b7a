"""Small editing widgets of the card: an optional date, the cadence, tags, a flow layout."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QShowEvent
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QToolButton,
    QWidget,
)

from netjournal import dates
from netjournal.domain.birthdays import NO_YEAR, has_year
from netjournal.domain.people import join_tags, split_tags
from netjournal.ui import flow
from netjournal.ui.contact.formatting import fill, from_qdate, to_qdate


class OptionalDateEdit(QWidget):
    """A date that may be unknown: a "Set date" button, or a date edit with a clear button.

    ``today`` is what "Set date" starts from (injected for tests).
    """

    sig_changed = Signal()
    """The date was set, changed or cleared."""

    def __init__(self, parent: QWidget | None = None, *,
                 set_text: str = "", today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._today = today
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._set_button = QPushButton(set_text or self.tr("Set date"), self)
        self._edit = QDateEdit(self)
        self._edit.setCalendarPopup(True)
        self._edit.setDisplayFormat(dates.edit_format())  # month named: unambiguous
        # Qt's default minimum (1752) would move a birthday without a year (kept in 1604)
        self._edit.setMinimumDate(QDate(NO_YEAR, 1, 1))
        self._clear = QToolButton(self)
        self._clear.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_LineEditClearButton))
        self._clear.setToolTip(self.tr("Clear the date"))
        self._clear.setAccessibleName(self.tr("Clear the date"))
        self._clear.setAutoRaise(True)
        layout.addWidget(self._set_button)
        layout.addWidget(self._edit)
        layout.addWidget(self._clear)
        layout.addStretch(1)
        self._set_button.clicked.connect(self._on_set_button_clicked)
        self._clear.clicked.connect(self._on_clear_clicked)
        self._edit.dateChanged.connect(self._on_edit_date_changed)
        self._value: dt.date | None = None
        self._show(None)

    def set_accessible_name(self, name: str) -> None:
        """Name the control and the date edit inside it (its label is the wrapper's)."""
        self.setAccessibleName(name)
        self._edit.setAccessibleName(name)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._edit.accessibleName():  # a form's label names this wrapper: pass it on
            parent = self.parentWidget()
            for label in parent.findChildren(QLabel) if parent is not None else ():
                if label.buddy() is self and label.text():
                    self.set_accessible_name(label.text().replace("&", ""))
                    break

    def date(self) -> dt.date | None:
        return self._value

    def set_date(self, value: dt.date | None) -> None:
        """Show ``value`` without emitting :attr:`sig_changed`."""
        self._show(value)

    def _show(self, value: dt.date | None) -> None:
        self._value = value
        blocked = self._edit.blockSignals(True)
        if value is not None:
            # a birthday without a year keeps its placeholder year: show day and month only
            self._edit.setDisplayFormat(dates.edit_format(year=has_year(value)))
            self._edit.setDate(to_qdate(value))
        self._edit.blockSignals(blocked)
        self._set_button.setVisible(value is None)
        self._edit.setVisible(value is not None)
        self._clear.setVisible(value is not None)

    def _on_set_button_clicked(self) -> None:
        self._show(self._today or dt.date.today())
        self._edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_changed.emit()

    def _on_clear_clicked(self) -> None:
        self._show(None)
        self._set_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_changed.emit()

    def _on_edit_date_changed(self, value: QDate) -> None:
        self._value = from_qdate(value)
        self.sig_changed.emit()


class CadenceSpin(QSpinBox):
    """Keep in touch every N days; 0 means "the default for the tie strength"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 3650)
        self.setSingleStep(7)
        self.setAccelerated(True)
        self._default_days = 90
        self._update_texts()

    def set_default_days(self, days: int) -> None:
        self._default_days = days
        self._update_texts()

    def _update_texts(self) -> None:
        self.setPrefix(self.tr("every "))
        self.setSuffix(self.tr(" days"))
        self.setSpecialValueText(fill(self.tr("Default: every %1 days"),
                                      str(self._default_days)))

    def days(self) -> int | None:
        return self.value() or None

    def set_days(self, days: int | None) -> None:
        self.setValue(days or 0)


class TagsEdit(QLineEdit):
    """Tags typed as ``fintech, jakarta``, the word being typed completed from known tags.

    ``known_tags`` is asked for the tags in use each time the field gets focus (counting
    them takes a query, so it is not done for every card shown).
    """

    def __init__(self, parent: QWidget | None = None, *,
                 known_tags: Callable[[], list[str]] | None = None) -> None:
        super().__init__(parent)
        self._known_tags = known_tags
        self.setPlaceholderText(self.tr("e.g. fintech, jakarta, mentor"))
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setWidget(self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._completer.activated[str].connect(  # type: ignore[index]  # overloaded signal
            self._on_completer_activated)
        self.textEdited.connect(self._on_text_edited)

    def set_known_tags(self, tags: list[str]) -> None:
        self._model.setStringList(tags)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._known_tags is not None:
            self.set_known_tags(self._known_tags())
        super().focusInEvent(event)

    def tags(self) -> tuple[str, ...]:
        return split_tags(self.text())

    def set_tags(self, tags: tuple[str, ...]) -> None:
        self.setText(join_tags(tags))

    def _current_word(self) -> str:
        head = self.text()[:self.cursorPosition()]
        return head.rsplit(",", 1)[-1].strip().lstrip("#")

    def _on_text_edited(self, _text: str) -> None:
        word = self._current_word()
        popup = self._completer.popup()
        if not word:
            if popup is not None:
                popup.hide()
            return
        self._completer.setCompletionPrefix(word)
        if self._completer.completionCount():
            self._completer.complete()
        elif popup is not None:
            popup.hide()

    def _on_completer_activated(self, tag: str) -> None:
        text, pos = self.text(), self.cursorPosition()
        start = text.rfind(",", 0, pos) + 1
        end = text.find(",", pos)
        tail = "" if end < 0 else text[end:]
        head = text[:start] + (" " if start else "")
        self.setText(f"{head}{tag}, {tail.lstrip(', ')}".rstrip())
        self.setCursorPosition(len(head) + len(tag) + 2)
        self.textEdited.emit(self.text())


class FlowLayout(flow.FlowLayout):
    """Chips left to right, wrapping to the next line; it asks for no more width than its
    widest chip (a long list of people never widens the dialog)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent, spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

