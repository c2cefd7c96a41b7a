"""The list view both the Today view and the card use: rows, buttons, menus, shortcuts.

Every item acts in one step: a click on its button (done, snooze, let go, open), its
context menu, or a key on the current row (D done, S snooze a day, W snooze a week,
L let go, Enter open). The view only asks; :func:`perform` does it through the
operations and reports what happened.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu, QWidget

from netjournal.domain import DomainError
from netjournal.domain.followups import DueItem, Snooze, local_date, snooze_until
from netjournal.storage import StorageError
from netjournal.storage.store import Store
from netjournal.ui.events import JournalEvents
from netjournal.ui.places import SECTION_PROPERTY
from netjournal.ui.style import fill
from netjournal.ui.today import operations as ops
from netjournal.ui.today import wording
from netjournal.ui.today.delegate import Action, DueItemDelegate, actions_for, button_text
from netjournal.ui.today.model import DueListModel, DueRole, RowKind
from netjournal.ui.today.wording import translate

if TYPE_CHECKING:
    from netjournal.ui.today.snooze import SnoozeDateDialog


def _with_key(text: str, key: str) -> str:
    """A menu entry that shows its key at the right (as text: the row's own key actions
    do the work, so nothing in the menu competes with them)."""
    return f"{text}\t{key}" if key else text


class DueListView(QListView):
    """A calm list of due items whose rows act in one step."""

    sig_action_requested = Signal(object, str, object)
    """An item's action was asked for: the DueItem, the Action value, and for a snooze
    the date to snooze until (else None)."""

    def __init__(self, parent: QWidget | None = None, *, with_open: bool = True,
                 with_name: bool = True) -> None:
        super().__init__(parent)
        self._with_open = with_open
        self.setMouseTracking(True)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.delegate = DueItemDelegate(self, with_open=with_open, with_name=with_name)
        self.setItemDelegate(self.delegate)
        self.delegate.sig_action_clicked.connect(self._on_delegate_action_clicked)
        self.clicked.connect(self._on_self_clicked)
        self.activated.connect(self._on_self_activated)
        self.snooze_menu: QMenu | None = None  # the last menu shown (tests use it)
        self.date_dialog: SnoozeDateDialog | None = None
        self._add_shortcuts()

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:  # the row under the mouse may be another item now
            model.modelReset.connect(self.delegate.clear_hover)

    def due_model(self) -> DueListModel:
        model = self.model()
        assert isinstance(model, DueListModel)
        return model

    def _add_shortcuts(self) -> None:
        """The row keys, as named actions (Help > Keyboard shortcuts lists them)."""
        place = self.tr("Follow-up lists")
        self.key_actions: dict[str, QAction] = {}
        for key, name, action, choice in (
                ("D", self.tr("Done (or: they replied)"), Action.DONE, None),
                ("S", self.tr("Snooze until tomorrow"), Action.SNOOZE, Snooze.DAY),
                ("W", self.tr("Snooze for a week"), Action.SNOOZE, Snooze.WEEK),
                ("L", self.tr("Let go"), Action.LET_GO, None)):
            qaction = QAction(name, self)
            qaction.setShortcut(QKeySequence(key))
            qaction.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            qaction.setProperty(SECTION_PROPERTY, place)
            qaction.triggered.connect(
                lambda _=False, a=action, c=choice: self._act_on_current(a, c))
            self.addAction(qaction)
            self.key_actions[key] = qaction
        if self._with_open:
            qaction = QAction(self.tr("Open the contact's card"), self)
            qaction.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                  QKeySequence(Qt.Key.Key_Enter)])
            qaction.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            qaction.setProperty(SECTION_PROPERTY, place)
            qaction.triggered.connect(lambda: self._on_self_activated(self.currentIndex()))
            self.addAction(qaction)
            self.key_actions["Enter"] = qaction
        menu_keys = QAction(self.tr("Menu of the row's actions"), self)
        menu_keys.setShortcuts([QKeySequence(Qt.Key.Key_Menu), QKeySequence("Shift+F10")])
        menu_keys.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        menu_keys.setProperty(SECTION_PROPERTY, place)
        menu_keys.triggered.connect(self.show_row_menu)
        self.addAction(menu_keys)
        self.key_actions["Menu"] = menu_keys

    # helpers ---------------------------------------------------------------------------

    def current_item(self) -> DueItem | None:
        item = self.currentIndex().data(DueRole.ITEM)
        return item if isinstance(item, DueItem) else None

    def button_rect(self, row: int, action: Action) -> QRect:
        """Where a row's button is, in viewport coordinates (for tests and tooltips)."""
        index = self.model().index(row, 0)
        for act, rect in self.delegate.button_rects(self.visualRect(index), index, self.font()):
            if act == action:
                return rect
        return QRect()

    def _ask(self, item: DueItem, action: Action, until: dt.date | None = None) -> None:
        self.sig_action_requested.emit(item, action.value, until)

    def _act_on_current(self, action: Action, choice: Snooze | None) -> None:
        item = self.current_item()
        if item is None:
            return
        if action == Action.DONE and Action.REPLIED in actions_for(item):
            action = Action.REPLIED
        if action == Action.SNOOZE and choice is not None:
            self._ask(item, action, snooze_until(choice, self.due_model().today))
        else:
            self._ask(item, action)

    # snoozing --------------------------------------------------------------------------

    def _fill_snooze_menu(self, menu: QMenu, item: DueItem) -> None:
        today = self.due_model().today
        for text, choice, key in ((self.tr("Tomorrow"), Snooze.DAY, "S"),
                                  (self.tr("In a week"), Snooze.WEEK, "W")):
            until = snooze_until(choice, today)
            act = menu.addAction(_with_key(
                fill(self.tr("%1 (%2)"), text, wording.weekday_text(until)), key))
            act.setData(choice.value)
            act.triggered.connect(lambda _=False, u=until: self._ask(item, Action.SNOOZE, u))
        pick = menu.addAction(self.tr("Pick a date…"))
        pick.setData(Snooze.DATE.value)
        pick.triggered.connect(lambda _=False: self.pick_snooze_date(item))

    def show_snooze_menu(self, item: DueItem, at: QPoint) -> QMenu:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._fill_snooze_menu(menu, item)
        self.snooze_menu = menu
        menu.popup(at)
        return menu

    def pick_snooze_date(self, item: DueItem) -> SnoozeDateDialog:
        from netjournal.ui.today.snooze import SnoozeDateDialog  # with the first snooze

        dialog = SnoozeDateDialog(self.due_model().today, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._ask(item, Action.SNOOZE, dialog.chosen()))
        self.date_dialog = dialog
        dialog.open()
        return dialog

    # slots and events ------------------------------------------------------------------

    def _on_delegate_action_clicked(self, index: QPersistentModelIndex, action: str) -> None:
        item = index.data(DueRole.ITEM)
        if not isinstance(item, DueItem):
            return
        self.setCurrentIndex(self.model().index(index.row(), 0))
        if Action(action) == Action.SNOOZE:
            rect = self.button_rect(index.row(), Action.SNOOZE)
            self.show_snooze_menu(item, self.viewport().mapToGlobal(rect.bottomLeft()))
        else:
            self._ask(item, Action(action))

    def _on_self_clicked(self, index: QModelIndex) -> None:
        if index.data(DueRole.KIND) == RowKind.MORE:
            self.due_model().fetch_more_in(index.data(DueRole.SECTION))

    def _on_self_activated(self, index: QModelIndex) -> None:
        item = index.data(DueRole.ITEM)
        if isinstance(item, DueItem) and self._with_open:
            self._ask(item, Action.OPEN)
        elif index.data(DueRole.KIND) == RowKind.MORE:
            self.due_model().fetch_more_in(index.data(DueRole.SECTION))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if not isinstance(index.data(DueRole.ITEM), DueItem):
            return
        self.setCurrentIndex(index)
        self.show_row_menu(event.globalPos())

    def show_row_menu(self, at: QPoint | None = None) -> QMenu | None:
        """The current row's actions in a menu, each with its key (the Menu key or
        Shift+F10 opens it under the row)."""
        index = self.currentIndex()
        item = index.data(DueRole.ITEM)
        if not isinstance(item, DueItem):
            return None
        if not isinstance(at, QPoint):
            rect = self.visualRect(index)
            at = self.viewport().mapToGlobal(rect.bottomLeft())
        keys = {Action.DONE: "D", Action.REPLIED: "D", Action.LET_GO: "L"}
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for action in actions_for(item, with_open=self._with_open):
            if action == Action.SNOOZE:
                self._fill_snooze_menu(menu.addMenu(button_text(action)), item)
                continue
            key = QKeySequence(Qt.Key.Key_Return).toString(
                QKeySequence.SequenceFormat.NativeText) if action == Action.OPEN \
                else keys.get(action, "")
            act = menu.addAction(_with_key(button_text(action), key))
            act.triggered.connect(lambda _=False, a=action: self._ask(item, a))
        if Action.REPLIED not in actions_for(item) and item.attempt is not None:
            act = menu.addAction(button_text(Action.REPLIED))
            act.triggered.connect(lambda _=False: self._ask(item, Action.REPLIED))
        self.snooze_menu = menu
        menu.popup(at)
        return menu

    def leaveEvent(self, event: QEvent) -> None:
        self.delegate.clear_hover()
        super().leaveEvent(event)


def perform(store: Store, events: JournalEvents, parent: QWidget, item: DueItem, action: str,
            until: object, *, now: dt.datetime, tz: dt.tzinfo | None = None) -> bool:
    """Carry out a list's request; False (after telling the user why) if it failed."""
    name = item.contact_name
    try:
        match Action(action):
            case Action.OPEN:
                events.sig_open_contact.emit(item.contact_id)
                return True
            case Action.DONE:
                ops.mark_done(store, events, item, now=now, tz=tz)
                message = fill(translate("today", "Done: %1. It is on the timeline."), name)
            case Action.REPLIED:
                ops.record_reply(store, events, item, now=now)
                message = fill(translate("today", "%1 replied: the follow-ups stop here."), name)
            case Action.SNOOZE:
                assert isinstance(until, dt.date)
                ops.snooze(store, events, item, until, today=local_date(now, tz))
                message = fill(translate("today", "Snoozed %1 until %2."), name,
                               wording.date_text(until))
            case Action.LET_GO:
                ops.let_go(store, events, item, now=now)
                message = fill(translate(
                    "today", "Let go of %1. That's fine: not every door opens."), name)
    except (StorageError, DomainError) as e:
        from PySide6.QtWidgets import QMessageBox  # made when one is shown

        QMessageBox.warning(parent, translate("today", "Follow-ups"), str(e))
        return False
    events.sig_status.emit(message)
    return True
