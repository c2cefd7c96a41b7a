"""The Help menu's two dialogs: every keyboard shortcut, and the quick-entry syntax.

The shortcut list is read from the window's actions each time it opens (the menus' and
those of the panes, such as Today's row keys), so an action added later shows up without
anyone editing a list. The quick-entry page gives the line's parts with examples in
English and in Indonesian; tests parse every example with the real parser.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from netjournal.ui.places import SECTION_PROPERTY as SECTION_PROPERTY

AnyIndex = QModelIndex | QPersistentModelIndex



@dataclass(frozen=True)
class Shortcut:
    """One row of the list: where the action is, what it does, its keys."""

    place: str
    action: str
    keys: str


def _plain(text: str) -> str:
    """A menu text as a person reads it: no "&" mnemonic, no trailing "…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _place(action: QAction) -> str:
    section = action.property(SECTION_PROPERTY)
    if isinstance(section, str) and section:
        return section
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu) and owner.title():
            return _plain(owner.title())
    return QCoreApplication.translate("help", "Everywhere")


def describe_shortcut(shortcut: QShortcut, place: str, what: str) -> None:
    """Name a pane's ``QShortcut`` so Help > Keyboard shortcuts lists it."""
    shortcut.setWhatsThis(what)
    shortcut.setProperty(SECTION_PROPERTY, place)


def _key_text(keys: list[QKeySequence]) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


def collect_shortcuts(window: QWidget) -> list[Shortcut]:
    """Every action of the window and its panes that has a text and a key, in menu order.

    Read from the live actions, so nothing here goes stale: a new action with a shortcut
    is listed the next time the dialog opens.
    """
    seen: set[int] = set()
    rows: list[Shortcut] = []
    # QWidget.actions: a MainWindow's own ``actions`` attribute holds its menus' actions
    actions = QWidget.actions(window) + window.findChildren(QAction)
    for action in actions:
        if id(action) in seen:
            continue
        seen.add(id(action))
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        text = _plain(action.text())
        if keys and text:
            rows.append(Shortcut(_place(action), text, _key_text(keys)))
    # the panes' described QShortcuts; Return and Enter for one thing make one row
    merged: dict[tuple[str, str], list[QKeySequence]] = {}
    for shortcut in window.findChildren(QShortcut):
        place = shortcut.property(SECTION_PROPERTY)
        if shortcut.whatsThis() and isinstance(place, str) and not shortcut.key().isEmpty():
            keys = merged.setdefault((place, shortcut.whatsThis()), [])
            if shortcut.key() not in keys:
                keys.append(shortcut.key())
    rows += [Shortcut(place, what, _key_text(keys)) for (place, what), keys in merged.items()]
    order = {place: n for n, place in enumerate(dict.fromkeys(r.place for r in rows))}
    return sorted(rows, key=lambda r: order[r.place])


class ShortcutsModel(QAbstractTableModel):
    """The shortcut rows as a table: place, action, keys."""

    def __init__(self, rows: list[Shortcut], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = rows

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else 3

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.AccessibleTextRole):
            return None
        row = self._rows[index.row()]
        return (row.place, row.action, row.keys)[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            words = (self.tr("Where"), self.tr("Action"), self.tr("Keys"))
            return words[section]
        return None

    def rows(self) -> list[Shortcut]:
        return list(self._rows)


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: the table of every action with its keys."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.model = ShortcutsModel(collect_shortcuts(window), self)
        self.table = QTableView(self)
        self.table.setObjectName("ShortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        note = QLabel(self.tr("Lists also answer to the arrow keys, Home and End; "
                              "Tab moves between fields."), self)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 520)


# The quick-entry parts: (part, what it does, examples). Examples are typed text, the same
# in every language; each Indonesian word the parser knows is shown beside the English one.
_PARTS = (
    (QT_TRANSLATE_NOOP("help", "Name"),
     QT_TRANSLATE_NOOP("help", "First, as you would write it. Someone already in the "
                               "journal is found in any case and without accents; #12 in "
                               "place of the name means contact 12."),
     "Budi Santoso · agus pangaribuan · #12"),
    (QT_TRANSLATE_NOOP("help", "(Company, Title)"),
     QT_TRANSLATE_NOOP("help", "Right after the name; the first comma separates them."),
     "(Tokopedia) · (Tokopedia, PM)"),
    (QT_TRANSLATE_NOOP("help", "@event"),
     QT_TRANSLATE_NOOP("help", "Where you met: one word, or in quotes. One per line."),
     '@JakartaJS · @"PyCon ID 2026"'),
    (QT_TRANSLATE_NOOP("help", "#tags"),
     QT_TRANSLATE_NOOP("help", "One word each, or in quotes; as many as you like."),
     '#fintech · #"machine learning"'),
    (QT_TRANSLATE_NOOP("help", "!when"),
     QT_TRANSLATE_NOOP("help", "When to follow up: days, weeks, months, a word or a date. "
                               "Without it, a thank-you is scheduled."),
     "!3d / !3h · !1w / !1mg · !2mo / !2bln · !tomorrow / !besok · !lusa · "
     "!nextweek / !minggu-depan · !2026-12-01"),
    (QT_TRANSLATE_NOOP("help", "!when: next step"),
     QT_TRANSLATE_NOOP("help", "A colon right after the when: the words up to the next "
                               "mark are the follow-up's next step."),
     "!1w: send the deck · !besok: kirim slide"),
    (QT_TRANSLATE_NOOP("help", "Note"),
     QT_TRANSLATE_NOOP("help", "Everything else. A backslash keeps a mark as text."),
     "likes dogs · \\#1 fan"),
)

EXAMPLE_LINES = (
    "Budi Santoso (Tokopedia, PM) @JakartaJS #fintech likes dogs !1w: send the deck",
    "Sari Wijaya (Gojek, Data Scientist) @PyConID #ml suka kopi !besok: kirim slide",
    "Rina Kusuma talked about hiring !2mg",
    "#12 coffee at Kopi Kenangan, wants an intro to a VC !lusa",
)
"""Whole lines the quick-entry page shows (tests parse each one)."""


def quick_entry_parts() -> list[tuple[str, str, str]]:
    """(part, what it does, examples) in the language shown."""
    return [(QCoreApplication.translate("help", part), QCoreApplication.translate("help", what),
             examples) for part, what, examples in _PARTS]


def _examples_html(examples: str) -> str:
    """Examples given as "a · b", one per line (a token is never broken after its "!")."""
    return "<br>".join(f"<code>{html.escape(one)}</code>" for one in examples.split(" · "))


class QuickEntryHelpDialog(QDialog):
    """Help > Quick-entry syntax: the parts of the line, with examples."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QuickEntryHelpDialog")
        self.setWindowTitle(self.tr("Quick-entry syntax"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("QuickEntryHelp")
        self.browser.setAccessibleName(self.tr("Quick-entry syntax"))
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self.page())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def page(self) -> str:
        """The page as HTML built from plain strings, every one escaped."""
        e = html.escape
        intro = self.tr("One line per person, typed right after you meet them "
                        "(File > Quick entry, Ctrl+E), then Enter. Only the name is "
                        "needed; the parts may come in any order after it.")
        rows = "".join(
            f"<tr><td><b>{e(part)}</b></td><td>{e(what)}</td>"
            f"<td>{_examples_html(examples)}</td></tr>"
            for part, what, examples in quick_entry_parts())
        lines = "".join(f"<li><code>{e(line)}</code></li>" for line in EXAMPLE_LINES)
        kept = self.tr("A part that is not understood stays in the note and the preview "
                       "says which one; nothing is dropped.")
        part, means, examples = self.tr("Part"), self.tr("What it means"), self.tr("Examples")
        whole = self.tr("Whole lines")
        return (f"<p>{e(intro)}</p>"
                f"<table cellspacing='0' cellpadding='4'>"
                f"<tr><th align='left'>{e(part)}</th><th align='left'>{e(means)}</th>"
                f"<th align='left'>{e(examples)}</th></tr>{rows}</table>"
                f"<p><b>{e(whole)}</b></p><ul>{lines}</ul>"
                f"<p>{e(kept)}</p>")
