"""Two duplicate contacts side by side: choose each field, then merge.

A row per field of the card; where the two differ, a radio button on each side picks
the value the merged card keeps (the kept contact's value where it has one, as the
command line does, until the user picks otherwise). Details and tags of both are always
kept. The dialog only chooses: :meth:`MergeDialog.card` is the merged card and
:attr:`MergeDialog.gone_id` the contact merged into it; the caller runs the merge.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netjournal import dates
from netjournal.domain.mergecard import FIELDS, Side, combine, default_picks, is_empty
from netjournal.domain.values import Contact, TieStrength
from netjournal.wording import fill, label

_FIELD_WORDS: dict[str, object] = {
    "name": QT_TRANSLATE_NOOP("MergeDialog", "Name"),
    "company": QT_TRANSLATE_NOOP("MergeDialog", "Company"),
    "title": QT_TRANSLATE_NOOP("MergeDialog", "Title"),
    "photo": QT_TRANSLATE_NOOP("MergeDialog", "Photo"),
    "how_met": QT_TRANSLATE_NOOP("MergeDialog", "How we met"),
    "met_on": QT_TRANSLATE_NOOP("MergeDialog", "When we met"),
    "met_at_event_id": QT_TRANSLATE_NOOP("MergeDialog", "At event"),
    "introduced_by_id": QT_TRANSLATE_NOOP("MergeDialog", "Introduced by"),
    "tie_strength": QT_TRANSLATE_NOOP("MergeDialog", "Tie strength"),
    "cadence_days": QT_TRANSLATE_NOOP("MergeDialog", "Keep in touch"),
    "interests": QT_TRANSLATE_NOOP("MergeDialog", "Interests"),
    "family": QT_TRANSLATE_NOOP("MergeDialog", "Family"),
    "remember": QT_TRANSLATE_NOOP("MergeDialog", "Remember"),
    "notes": QT_TRANSLATE_NOOP("MergeDialog", "Notes"),
    "birthday": QT_TRANSLATE_NOOP("MergeDialog", "Birthday"),
}
MAX_SHOWN = 160  # characters of a long note shown on a button (the tooltip has it all)


def field_word(name: str) -> str:
    return QCoreApplication.translate("MergeDialog", str(_FIELD_WORDS[name]))


class MergeDialog(QDialog):
    """Choose, field by field, what the merged card keeps."""

    def __init__(self, first: Contact, second: Contact, parent: QWidget | None = None, *,
                 contact_names: Mapping[int, str] | None = None,
                 event_names: Mapping[int, str] | None = None,
                 timelines: Mapping[int, int] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge contacts"))
        self.setMinimumWidth(640)
        self._contact_names = dict(contact_names or {})
        self._event_names = dict(event_names or {})
        self._timelines = dict(timelines or {})  # interactions per contact id
        self._first, self._second = first, second
        self.radios: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        self._groups: list[QButtonGroup] = []

        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self._intro.setTextFormat(Qt.TextFormat.PlainText)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._both = QLabel(self)
        self._both.setWordWrap(True)
        self._both.setTextFormat(Qt.TextFormat.PlainText)
        self.swap_button = QPushButton(self.tr("&Swap sides"), self)
        self.swap_button.setToolTip(self.tr("Keep the other contact and merge this one "
                                            "into it"))
        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton(self.tr("&Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.swap_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self._both)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.swap_button.clicked.connect(self._on_swap_button_clicked)
        self._build()

    @property
    def kept_id(self) -> int:
        assert self._first.id is not None
        return self._first.id

    @property
    def gone_id(self) -> int:
        assert self._second.id is not None
        return self._second.id

    def picks(self) -> dict[str, Side]:
        return {name: Side.SECOND if pair[1].isChecked() else Side.FIRST
                for name, pair in self.radios.items()}

    def card(self) -> Contact:
        """The merged card, as chosen."""
        return combine(self._first, self._second, self.picks())

    # building ----------------------------------------------------------------------------

    def _build(self) -> None:
        first, second = self._first, self._second
        self._intro.setText(fill(self.tr(
            "%1 (#%2) is kept; %3 (#%4) is merged into it: their timeline, offers, favours, "
            "follow-ups and introductions move over, and they go to the bin. Choose the "
            "value to keep where the two differ. Edit > Undo separates them again."),
            first.name, first.id, second.name, second.id))
        self.radios.clear()
        self._groups.clear()
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for col, who in ((1, first), (2, second)):
            head = QLabel(fill(self.tr("%1 · #%2"), who.name, who.id), grid_widget)
            head.setTextFormat(Qt.TextFormat.PlainText)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            grid.addWidget(head, 0, col)
        defaults = default_picks(first, second)
        row = 1
        if self._timelines:
            grid.addWidget(QLabel(self.tr("Timeline"), grid_widget), row, 0)
            for col, who in ((1, first), (2, second)):
                fact = QLabel(self._timeline_text(who), grid_widget)
                fact.setTextFormat(Qt.TextFormat.PlainText)
                grid.addWidget(fact, row, col)
            row += 1
        for name in FIELDS:
            mine, theirs = getattr(first, name), getattr(second, name)
            if is_empty(mine) and is_empty(theirs):
                continue
            word = QLabel(field_word(name), grid_widget)
            grid.addWidget(word, row, 0, Qt.AlignmentFlag.AlignTop)
            if mine == theirs:
                same = QLabel(self._describe(name, mine), grid_widget)
                same.setTextFormat(Qt.TextFormat.PlainText)
                same.setWordWrap(True)
                grid.addWidget(same, row, 1, 1, 2)
            else:
                group = QButtonGroup(grid_widget)
                pair = []
                for col, value in ((1, mine), (2, theirs)):
                    text = self._describe(name, value)
                    radio = QRadioButton(text[:MAX_SHOWN] + ("…" if len(text) > MAX_SHOWN
                                                             else ""), grid_widget)
                    radio.setToolTip(text)
                    radio.setAccessibleName(fill(self.tr("%1: %2"), field_word(name), text))
                    group.addButton(radio, col - 1)
                    grid.addWidget(radio, row, col, Qt.AlignmentFlag.AlignTop)
                    pair.append(radio)
                pair[int(defaults[name])].setChecked(True)
                self.radios[name] = (pair[0], pair[1])
                self._groups.append(group)
            row += 1
        grid.setRowStretch(row, 1)
        self._scroll.setWidget(grid_widget)
        merged = combine(first, second)
        lines = []
        if merged.details:
            lines.append(fill(self.tr("Details of both are kept: %1."),
                              ", ".join(d.value for d in merged.details)))
        if merged.tags:
            lines.append(fill(self.tr("Tags of both are kept: %1."),
                              " ".join(f"#{t}" for t in merged.tags)))
        self._both.setText("\n".join(lines))
        self._both.setVisible(bool(lines))

    def _timeline_text(self, who: Contact) -> str:
        count = self._timelines.get(who.id or 0, 0)
        text = self.tr("1 interaction") if count == 1 else fill(self.tr("%1 interactions"),
                                                                 count)
        if who.last_interaction_at is not None:
            text = fill(self.tr("%1, the last on %2"), text,
                        dates.short_date(dates.local_day(who.last_interaction_at)))
        return text

    def _describe(self, name: str, value: object) -> str:
        if is_empty(value):
            return self.tr("(empty)")
        if name == "photo":
            return self.tr("a photo")
        if name == "tie_strength" and isinstance(value, TieStrength):
            return label(value)
        if name == "cadence_days" and isinstance(value, int):
            return self.tr("every day") if value == 1 else fill(self.tr("every %1 days"), value)
        if name == "met_at_event_id" and isinstance(value, int):
            return self._event_names.get(value, f"#{value}")
        if name == "introduced_by_id" and isinstance(value, int):
            return self._contact_names.get(value, f"#{value}")
        if isinstance(value, dt.date):
            return dates.short_date(value)
        return str(value).strip()

    def _on_swap_button_clicked(self) -> None:
        self._first, self._second = self._second, self._first
        self._build()
