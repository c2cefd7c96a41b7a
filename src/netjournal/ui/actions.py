"""The main window's actions and menus, made in one place.

To add a menu entry: make the ``QAction`` in :meth:`MainActions.__init__`, list it in
:meth:`MainActions.build_menus`, and connect it in ``MainWindow._connect_signals``.
Views get their "View" menu entries from ``MainWindow.add_view``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget


def _keys(*keys: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    return [QKeySequence(k) for k in keys]


class MainActions(QObject):
    """Every menu action of the main window (texts translated, shortcuts set)."""

    def __init__(self, window: QWidget, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self._window = window

        # File
        self.quit = self._make(self.tr("&Quit"), _keys(QKeySequence.StandardKey.Quit,
                                                       "Ctrl+Q"))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.quick_entry = self._make(self.tr("Quic&k entry…"), _keys("Ctrl+E"),
                                      self.tr("Capture the people you just met, one line "
                                              "each"))
        self.import_file = self._make(self.tr("&Import…"), _keys("Ctrl+I"),
                                      self.tr("Bring in contacts from vCard, LinkedIn, "
                                              "Google, Outlook or a NetJournal full export"))
        self.export = self._make(self.tr("&Export…"), _keys("Ctrl+Shift+E"),
                                 self.tr("Write the journal to vCard, CSV, JSON or a "
                                         "calendar file"))
        self.print_contact = self._make(self.tr("&Print contact summary…"),
                                        _keys(QKeySequence.StandardKey.Print, "Ctrl+P"),
                                        self.tr("A one-page brief to read before a meeting"))
        self.export_pdf = self._make(self.tr("Export summary as P&DF…"),
                                     _keys("Ctrl+Shift+P"))
        self.print_event = self._make(self.tr("Print everyone &met at an event…"))
        self.open_database = self._make(self.tr("Open &database…"), None,
                                         self.tr("Open a journal on a PostgreSQL server, or "
                                                 "this computer's journal"))
        self.restore_backup = self._make(self.tr("&Restore from backup…"), None,
                                         self.tr("Replace the journal with one of its "
                                                 "automatic backups"))

        # Edit: the window's one undo stack (contact deletes, timeline and ledger deletes)
        self.undo = undo_stack.createUndoAction(window, self.tr("&Undo"))
        self.undo.setShortcuts(_keys(QKeySequence.StandardKey.Undo))
        self.redo = undo_stack.createRedoAction(window, self.tr("&Redo"))
        self.redo.setShortcuts(_keys(QKeySequence.StandardKey.Redo))
        window.addAction(self.undo)
        window.addAction(self.redo)
        self.settings = self._make(self.tr("&Settings…"),
                                   _keys(QKeySequence.StandardKey.Preferences, "Ctrl+,"),
                                   self.tr("Privacy, and the address book synced with "
                                           "your phone"))
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)

        # Contact
        self.new_contact = self._make(self.tr("&New contact"), _keys("Ctrl+N"),
                                      self.tr("Start an empty card"))
        self.log_interaction = self._make(self.tr("&Log interaction…"), _keys("Ctrl+L"),
                                          self.tr("Note a meeting, call or message with "
                                                  "the contact shown"))
        self.delete_contact = self._make(self.tr("&Delete contact"), _keys("Ctrl+Delete"),
                                         self.tr("Move the contact shown to the bin "
                                                 "(Undo brings them back)"))
        self.compose_request = self._make(
            self.tr("&Write a connection request…"), _keys("Ctrl+Shift+R"),
            self.tr("A short personal note for a request to the contact shown"))
        self.record_introduction = self._make(
            self.tr("Record an &introduction…"), None,
            self.tr("Who introduced whom to whom, and how it went"))
        self.find_duplicates = self._make(
            self.tr("Find d&uplicates…"), None,
            self.tr("Contacts entered twice (the same email, profile or phone, or a "
                    "similar name at the same company), to merge"))
        self.bulk_menu = QMenu(self.tr("&Change selected contacts"), window)
        self.bulk_menu.setToolTipsVisible(True)
        self.next_contact = self._make(self.tr("Ne&xt contact"),
                                       _keys("Alt+Down", "Ctrl+]"))
        self.previous_contact = self._make(self.tr("&Previous contact"),
                                           _keys("Alt+Up", "Ctrl+["))

        # View
        self.find = self._make(self.tr("&Find contact"), _keys(QKeySequence.StandardKey.Find,
                                                               "Ctrl+F"),
                               self.tr("Search names, companies, tags and notes"))
        self.views = QActionGroup(self)
        self.views.setExclusive(True)

        # Help
        self.shortcuts_help = self._make(
            self.tr("&Keyboard shortcuts"), _keys(QKeySequence.StandardKey.HelpContents,
                                                  "Ctrl+/"),
            self.tr("Every action and its keys"))
        self.quick_entry_help = self._make(
            self.tr("&Quick-entry syntax"), None,
            self.tr("How to write a quick-entry line, with examples"))
        self.about = self._make(self.tr("&About NetJournal"))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

    def _make(self, text: str, shortcuts: list[QKeySequence] | None = None,
              tip: str = "") -> QAction:
        action = QAction(text, self._window)
        if shortcuts:
            unique: list[QKeySequence] = []
            for key in shortcuts:
                if not key.isEmpty() and key not in unique:
                    unique.append(key)
            action.setShortcuts(unique)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._window.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def add_view_action(self, title: str, shortcut: str | None = None) -> QAction:
        """A checkable "View" entry for a view of the window (one is checked at a time)."""
        action = self._make(title, _keys(shortcut) if shortcut else None)
        action.setCheckable(True)
        self.views.addAction(action)
        return action

    def build_menus(self, bar: QMenuBar) -> dict[str, QMenu]:
        """Fill the menu bar; returns the menus by name ("file", "edit", ...)."""
        menus = {
            "file": bar.addMenu(self.tr("&File")),
            "edit": bar.addMenu(self.tr("&Edit")),
            "contact": bar.addMenu(self.tr("&Contact")),
            "view": bar.addMenu(self.tr("&View")),
            "help": bar.addMenu(self.tr("&Help")),
        }
        menus["file"].addAction(self.new_contact)
        menus["file"].addAction(self.quick_entry)
        menus["file"].addSeparator()
        menus["file"].addAction(self.import_file)
        menus["file"].addAction(self.export)
        menus["file"].addSeparator()
        menus["file"].addAction(self.print_contact)
        menus["file"].addAction(self.export_pdf)
        menus["file"].addAction(self.print_event)
        menus["file"].addSeparator()
        menus["file"].addAction(self.open_database)
        menus["file"].addAction(self.restore_backup)
        menus["file"].addSeparator()
        menus["file"].addAction(self.quit)
        menus["edit"].addAction(self.undo)
        menus["edit"].addAction(self.redo)
        menus["edit"].addSeparator()
        menus["edit"].addAction(self.settings)
        menus["contact"].addAction(self.new_contact)
        menus["contact"].addAction(self.log_interaction)
        menus["contact"].addAction(self.compose_request)
        menus["contact"].addAction(self.record_introduction)
        menus["contact"].addSeparator()
        menus["contact"].addMenu(self.bulk_menu)
        menus["contact"].addAction(self.find_duplicates)
        menus["contact"].addSeparator()
        menus["contact"].addAction(self.next_contact)
        menus["contact"].addAction(self.previous_contact)
        menus["contact"].addSeparator()
        menus["contact"].addAction(self.delete_contact)
        menus["view"].addAction(self.find)
        menus["view"].addSeparator()  # MainWindow.add_view puts the views below
        menus["help"].addAction(self.shortcuts_help)
        menus["help"].addAction(self.quick_entry_help)
        menus["help"].addSeparator()
        menus["help"].addAction(self.about)
        return menus
