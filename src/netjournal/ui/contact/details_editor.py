"""The card's contact details: emails, phones, links and addresses, one row each.

A contact has a handful of details, edited in place like a form (kind, label, value,
remove), so the rows are widgets rather than a view over a model: nothing here lists
data from the store, it only edits one card's tuple of :class:`Detail`.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.domain.values import Detail, DetailKind
from netjournal.ui.labels import choices
from netjournal.wording import detail_label, detail_label_code

# Stored labels; the usual ones are shown translated (wording.detail_label).
_SUGGESTED_LABELS: dict[DetailKind, tuple[str, ...]] = {
    DetailKind.EMAIL: ("work", "personal"),
    DetailKind.PHONE: ("mobile", "work", "WhatsApp", "home"),
    DetailKind.LINK: ("linkedin", "website", "GitHub", "Twitter/X", "Instagram"),
    DetailKind.ADDRESS: ("work", "home"),
}


def _placeholder(kind: DetailKind) -> str:
    texts = {
        DetailKind.EMAIL: "name@example.com",
        DetailKind.PHONE: "+62 812 3456 7890",
        DetailKind.LINK: "https://www.linkedin.com/in/…",
        DetailKind.ADDRESS: QCoreApplication.translate("contact", "Street, city"),
    }
    return texts[kind]


def open_url_for(kind: DetailKind, value: str) -> QUrl | None:
    """The URL that opens a detail (mail client, dialler, browser), or None."""
    value = value.strip()
    if not value:
        return None
    if kind == DetailKind.EMAIL:
        return QUrl("mailto:" + value)
    if kind == DetailKind.PHONE:
        return QUrl("tel:" + "".join(c for c in value if c.isdigit() or c == "+"))
    if kind == DetailKind.LINK:
        url = QUrl.fromUserInput(value)
        return url if url.isValid() and url.scheme() in ("http", "https") else None
    return None


VALUE_ROOM = 110  # below this much room for a value, values go on their own line


class _DetailRow:
    """The widgets of one detail row (owned by the editor's grid)."""

    def __init__(self, editor: DetailsEditor, detail: Detail) -> None:
        self.kind_box = QComboBox(editor)
        for word, code in choices(DetailKind):
            self.kind_box.addItem(word, code)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(detail.kind)))
        # the editor's context: these words are the editor's own (a row is no QObject)
        self.kind_box.setAccessibleName(
            QCoreApplication.translate("DetailsEditor", "Kind of detail"))
        self.label_box = QComboBox(editor)
        self.label_box.setEditable(True)
        self.label_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.label_box.setAccessibleName(QCoreApplication.translate("DetailsEditor", "Label"))
        self.label_box.setMinimumContentsLength(7)
        self.label_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.value_edit = QLineEdit(detail.value, editor)
        self.value_edit.setCursorPosition(0)  # a long link shows its start
        self.value_edit.setAccessibleName(QCoreApplication.translate("DetailsEditor", "Value"))
        self.open_button = QToolButton(editor)
        self.open_button.setAutoRaise(True)
        self.open_button.setIcon(editor.style().standardIcon(
            QStyle.StandardPixmap.SP_ArrowRight))
        open_text = QCoreApplication.translate("DetailsEditor", "Open")
        self.open_button.setToolTip(open_text)
        self.open_button.setAccessibleName(open_text)
        self.remove_button = QToolButton(editor)
        self.remove_button.setAutoRaise(True)
        self.remove_button.setIcon(editor.style().standardIcon(
            QStyle.StandardPixmap.SP_LineEditClearButton))
        remove_text = QCoreApplication.translate("DetailsEditor", "Remove this detail")
        self.remove_button.setToolTip(remove_text)
        self.remove_button.setAccessibleName(remove_text)
        # the label as stored, and as shown: an untouched label is saved back unchanged
        self._stored_label = detail.label
        self._fill_labels(detail_label(detail.label))

    def kind(self) -> DetailKind:
        return DetailKind(self.kind_box.currentData())

    def _fill_labels(self, current: str) -> None:
        blocked = self.label_box.blockSignals(True)
        text = current
        self.label_box.clear()
        self.label_box.addItems([detail_label(x) for x in _SUGGESTED_LABELS[self.kind()]])
        self.label_box.setEditText(text)
        self.label_box.blockSignals(blocked)
        self.value_edit.setPlaceholderText(_placeholder(self.kind()))
        self.open_button.setEnabled(self.kind() != DetailKind.ADDRESS)

    def on_kind_changed(self) -> None:
        self._fill_labels(self.label_box.currentText())

    def value(self) -> Detail:
        shown = self.label_box.currentText().strip()
        label = (self._stored_label if shown == detail_label(self._stored_label).strip()
                 else detail_label_code(shown))
        return Detail(kind=self.kind(), value=self.value_edit.text().strip(), label=label)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.kind_box, self.label_box, self.value_edit, self.open_button,
                self.remove_button)


class DetailsEditor(QWidget):
    """Edits a tuple of details; rows with an empty value are dropped on save."""

    sig_changed = Signal()
    """A detail was added, removed or edited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_DetailRow] = []
        self._stacked = False  # values on their own line (a narrow card)
        self._anchor: QWidget | None = None  # the focusable widget before the editor
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(2, 1)
        self._empty = QLabel(self.tr("No email, phone or link yet."), self)
        self._empty.setWordWrap(True)
        self._empty.setTextFormat(Qt.TextFormat.PlainText)
        self._empty.setEnabled(False)
        outer.addWidget(self._empty)
        outer.addLayout(self._grid)
        add_row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add detail"), self)  # room for its arrow
        menu = QMenu(self.add_button)
        for word, code in choices(DetailKind):
            action = menu.addAction(word)
            action.setData(code)
        menu.triggered.connect(lambda action: self.add_detail(DetailKind(action.data())))
        self.add_button.setMenu(menu)
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        outer.addLayout(add_row)
        self._sync_empty()

    def details(self) -> tuple[Detail, ...]:
        """The details as edited (empty values included; the store drops them)."""
        return tuple(row.value() for row in self._rows)

    def set_details(self, details: tuple[Detail, ...]) -> None:
        for row in list(self._rows):
            self._drop(row)
        for detail in details:
            self._append(detail)
        self._fix_tab_order()
        self._sync_empty()

    def add_detail(self, kind: DetailKind) -> QLineEdit:
        """Add an empty row of ``kind`` and focus its value; returns the value field."""
        row = self._append(Detail(kind=kind, value="",
                                  label=_SUGGESTED_LABELS[kind][0]))
        self._fix_tab_order()
        self._sync_empty()
        row.value_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_changed.emit()
        return row.value_edit

    def row_count(self) -> int:
        return len(self._rows)

    def remove_row(self, index: int) -> None:
        self._drop(self._rows[index])
        self._fix_tab_order()
        self._sync_empty()
        self.sig_changed.emit()

    def _append(self, detail: Detail) -> _DetailRow:
        row = _DetailRow(self, detail)
        self._rows.append(row)
        self._place(row, len(self._rows) - 1)
        row.kind_box.currentIndexChanged.connect(lambda _i, row=row: self._on_row_kind(row))
        row.label_box.editTextChanged.connect(self.sig_changed)
        row.value_edit.textChanged.connect(self.sig_changed)
        row.remove_button.clicked.connect(
            lambda _c=False, row=row: self.remove_row(self._rows.index(row)))
        row.open_button.clicked.connect(lambda _c=False, row=row: self._open(row))
        return row

    def _drop(self, row: _DetailRow) -> None:
        self._rows.remove(row)
        for widget in row.widgets():
            self._grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._place_all()  # the remaining rows, so the grid has no holes

    def _fix_tab_order(self) -> None:
        # Rows are made after the rest of the card, so Qt puts them last in the tab chain:
        # chain them after the focusable widget before the editor (Qt ignores a first
        # widget that takes no focus).
        rows = [w for row in self._rows for w in row.widgets()]
        if self._anchor is None:
            self._anchor = self._focusable_before()
        anchor = self._anchor
        chain = ([anchor] if anchor is not None else []) + rows + [self.add_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _focusable_before(self) -> QWidget | None:
        widget = self.previousInFocusChain()
        for _ in range(500):  # the chain is a ring: never loop forever
            if widget is None or widget is self:
                return None
            if (not self.isAncestorOf(widget)
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                return widget
            widget = widget.previousInFocusChain()
        return None

    # narrow ------------------------------------------------------------------------------

    def stacked(self) -> bool:
        """Whether each value sits on its own line under its kind and label (narrow)."""
        return self._stacked

    def _place(self, row: _DetailRow, r: int) -> None:
        kind, label, value, open_button, remove = row.widgets()
        for widget in row.widgets():
            self._grid.removeWidget(widget)
        if self._stacked:
            for column, widget in ((0, kind), (1, label), (3, open_button), (4, remove)):
                self._grid.addWidget(widget, 2 * r, column)
            self._grid.addWidget(value, 2 * r + 1, 0, 1, 5)
        else:
            for column, widget in enumerate(row.widgets()):
                self._grid.addWidget(widget, r, column)

    def _place_all(self) -> None:
        for r, row in enumerate(self._rows):
            self._place(row, r)

    def _row_widths(self) -> tuple[int, int]:
        """(the width one line per detail needs, the width a stacked detail needs)."""
        if not self._rows:
            return 0, 0
        kind, label, _value, open_button, remove = self._rows[0].widgets()
        gap = self._grid.horizontalSpacing()
        stacked = sum(w.minimumSizeHint().width() for w in (kind, label, open_button, remove))
        stacked += 3 * gap
        return stacked + VALUE_ROOM + gap, stacked

    def minimumSizeHint(self) -> QSize:
        """As narrow as a stacked detail (the card may be narrow: values go below)."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), max(self._row_widths()[1],
                                           self.add_button.sizeHint().width())),
                     hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        stacked = event.size().width() < self._row_widths()[0]
        if stacked != self._stacked:
            self._stacked = stacked
            for r in range(self._grid.rowCount()):  # no stretch left on rows now empty
                self._grid.setRowMinimumHeight(r, 0)
            self._place_all()

    def _sync_empty(self) -> None:
        self._empty.setVisible(not self._rows)

    def _on_row_kind(self, row: _DetailRow) -> None:
        row.on_kind_changed()
        self.sig_changed.emit()

    def _open(self, row: _DetailRow) -> None:
        url = open_url_for(row.kind(), row.value_edit.text())
        if url is not None:
            QDesktopServices.openUrl(url)
