"""Paints Today rows (section headers, items, "show more") and their one-step buttons.

An item row is two lines: the contact's name and what to do, then a quieter line with
when it is due and the first message quoted (or the event, or the conversation starter).
The buttons (done, snooze, let go, open) appear on the row under the mouse and on the
current row; a click on one emits :attr:`DueItemDelegate.sig_action_clicked`. Overdue
rows get a thin accent bar, not a red wall. Everything is painted with ``drawText`` on
plain strings, so user text never turns into markup.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from netjournal.domain.followups import DueItem, Section, Step
from netjournal.ui.style import is_dark, muted_text
from netjournal.ui.today import wording
from netjournal.ui.today.model import DueRole, RowKind
from netjournal.ui.today.wording import translate

AnyIndex = QModelIndex | QPersistentModelIndex

PAD_X = 18
PAD_Y = 9
LINE_GAP = 3
BUTTON_PAD_X = 10
BUTTON_GAP = 6
HEADER_TOP = 18
ACCENT_W = 3

# A quiet amber for what is late: noticeable, never alarming (light, dark palette).
_OVERDUE = ("#b0672a", "#e6a46a")


class Action(StrEnum):
    """What a row's buttons do."""

    DONE = "done"
    REPLIED = "replied"  # the let-go question: they did reply after all
    SNOOZE = "snooze"
    LET_GO = "let_go"
    OPEN = "open"


_BUTTON_WORDS = {
    Action.DONE: QT_TRANSLATE_NOOP("today", "Done"),
    Action.REPLIED: QT_TRANSLATE_NOOP("today", "They replied"),
    Action.SNOOZE: QT_TRANSLATE_NOOP("today", "Snooze…"),
    Action.LET_GO: QT_TRANSLATE_NOOP("today", "Let go"),
    Action.OPEN: QT_TRANSLATE_NOOP("today", "Open"),
}


def button_text(action: Action) -> str:
    return wording.tr(_BUTTON_WORDS[action])


def actions_for(item: DueItem, *, with_open: bool = True) -> tuple[Action, ...]:
    """The buttons of an item, left to right."""
    first = Action.REPLIED if item.step == Step.LET_GO else Action.DONE
    out = (first, Action.SNOOZE, Action.LET_GO)
    return (*out, Action.OPEN) if with_open else out


def overdue_colour(palette: QPalette) -> QColor:
    light, dark = _OVERDUE
    return QColor(dark if is_dark(palette) else light)


class DueItemDelegate(QStyledItemDelegate):
    """Rows of a :class:`~netjournal.ui.today.model.DueListModel` with their buttons."""

    sig_action_clicked = Signal(QPersistentModelIndex, str)
    """A row's button was clicked: the row and the :class:`Action` (its value)."""

    def __init__(self, view: QAbstractItemView, *, with_open: bool = True,
                 with_name: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent or view)
        self._view = view
        self._with_open = with_open
        self._with_name = with_name
        self._hover: tuple[int, Action | None] | None = None  # (row, button under mouse)

    # geometry --------------------------------------------------------------------------

    def _fonts(self, base: QFont) -> tuple[QFont, QFont, QFont]:
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPointSizeF(max(6.0, base.pointSizeF() * 0.92))
        return QFont(base), bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        base, bold, small = self._fonts(option.font)
        kind = index.data(DueRole.KIND)
        if kind == RowKind.HEADER:
            top = HEADER_TOP if index.row() > 0 else 4
            return QSize(200, top + QFontMetrics(bold).height() + 8)
        if kind == RowKind.MORE:
            return QSize(200, QFontMetrics(base).height() + 14)
        return QSize(200, QFontMetrics(bold).height() + QFontMetrics(small).height()
                     + LINE_GAP + 2 * PAD_Y)

    def button_rects(self, rect: QRect, index: AnyIndex,
                     font: QFont | None = None) -> list[tuple[Action, QRect]]:
        """Where the buttons of a row are (in the view's viewport), right-aligned."""
        item = index.data(DueRole.ITEM)
        if not isinstance(item, DueItem):
            return []
        metrics = QFontMetrics(font or self._view.font())
        height = metrics.height() + 10
        top = rect.top() + (rect.height() - height) // 2
        right = rect.right() - PAD_X + 1
        out: list[tuple[Action, QRect]] = []
        for action in reversed(actions_for(item, with_open=self._with_open)):
            width = metrics.horizontalAdvance(button_text(action)) + 2 * BUTTON_PAD_X
            out.append((action, QRect(right - width, top, width, height)))
            right -= width + BUTTON_GAP
        out.reverse()
        return out

    def _buttons_shown(self, option: QStyleOptionViewItem, index: AnyIndex) -> bool:
        state = option.state
        return bool(state & QStyle.StateFlag.State_MouseOver
                    or state & QStyle.StateFlag.State_Selected
                    or (self._hover is not None and self._hover[0] == index.row()))

    # painting --------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        kind = index.data(DueRole.KIND)
        if kind == RowKind.HEADER:
            self._paint_header(painter, opt, index)
        elif kind == RowKind.MORE:
            self._paint_more(painter, opt, index)
        else:
            self._paint_item(painter, opt, index)
        painter.restore()

    def _paint_header(self, painter: QPainter, opt: QStyleOptionViewItem,
                      index: AnyIndex) -> None:
        _base, bold, small = self._fonts(opt.font)
        palette = opt.palette
        section = index.data(DueRole.SECTION)
        rect = opt.rect.adjusted(PAD_X, 0, -PAD_X, -6)
        title = wording.section_title(section)
        painter.setFont(bold)
        colour = overdue_colour(palette) if section == Section.OVERDUE \
            else palette.color(QPalette.ColorRole.Text)
        painter.setPen(colour)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        painter.drawText(rect, flags, title)
        width = QFontMetrics(bold).horizontalAdvance(title)
        painter.setFont(small)
        painter.setPen(muted_text(palette))
        painter.drawText(rect.adjusted(width + 8, 0, 0, -1), flags,
                         str(index.data(DueRole.COUNT) or 0))

    def _paint_more(self, painter: QPainter, opt: QStyleOptionViewItem,
                    index: AnyIndex) -> None:
        palette = opt.palette
        hovered = bool(opt.state & QStyle.StateFlag.State_MouseOver)
        painter.setFont(opt.font)
        link = QColor(palette.color(QPalette.ColorRole.Link))
        if not hovered:
            link.setAlpha(210)
        painter.setPen(link)
        painter.drawText(opt.rect.adjusted(PAD_X, 0, -PAD_X, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         str(index.data(Qt.ItemDataRole.DisplayRole) or ""))

    def _paint_item(self, painter: QPainter, opt: QStyleOptionViewItem,
                    index: AnyIndex) -> None:
        palette = opt.palette
        base, bold, small = self._fonts(opt.font)
        rect = opt.rect
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        hovered = bool(opt.state & QStyle.StateFlag.State_MouseOver)
        if selected or hovered:  # a soft tint, not the full highlight
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(34 if selected else 18)
            painter.fillRect(rect, tint)
        overdue = bool(index.data(DueRole.OVERDUE))
        accent = overdue_colour(palette)
        if overdue:
            bar = QColor(accent)
            bar.setAlpha(170)
            painter.fillRect(QRect(rect.left() + 6, rect.top() + PAD_Y, ACCENT_W,
                                   rect.height() - 2 * PAD_Y), bar)

        buttons = self.button_rects(rect, index, base) if self._buttons_shown(opt, index) \
            else []
        text_right = (buttons[0][1].left() - 12) if buttons else rect.right() - PAD_X
        left = rect.left() + PAD_X
        width = max(10, text_right - left)
        bold_m, base_m, small_m = QFontMetrics(bold), QFontMetrics(base), QFontMetrics(small)
        due = str(index.data(DueRole.DUE) or "")
        detail = str(index.data(DueRole.DETAIL) or "")
        # with nothing for line 2, line 1 sits in the middle rather than over a blank line
        top = rect.top() + (PAD_Y if due or detail
                            else (rect.height() - bold_m.height()) // 2)
        line1 = QRect(left, top, width, bold_m.height())
        text = palette.color(QPalette.ColorRole.Text)
        muted = muted_text(palette)

        # line 1: the name, then what to do
        valign = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        name = str(index.data(DueRole.NAME) or "") if self._with_name else ""
        name_w = 0
        if name:  # (+2: advances are rounded, and elidedText measures exactly)
            name_w = min(bold_m.horizontalAdvance(name) + 2, int(width * 0.45))
            painter.setFont(bold)
            painter.setPen(text)
            painter.drawText(QRect(left, line1.top(), name_w, line1.height()), valign,
                             bold_m.elidedText(name, Qt.TextElideMode.ElideRight, name_w))
            name_w += base_m.horizontalAdvance("  ")
        title_rect = QRect(left + name_w, line1.top(), max(0, width - name_w),
                           line1.height())
        painter.setFont(base)
        painter.drawText(title_rect, valign, base_m.elidedText(
            str(index.data(DueRole.TITLE) or ""), Qt.TextElideMode.ElideRight,
            title_rect.width()))

        # line 2: when it is due (the accent if late), then the detail
        line2 = QRect(left, line1.bottom() + 1 + LINE_GAP, width, small_m.height())
        painter.setFont(small)
        x = line2.left()
        if due:
            painter.setPen(accent if overdue else muted)
            due_w = min(small_m.horizontalAdvance(due) + 2, width)
            painter.drawText(QRect(x, line2.top(), due_w, line2.height()), valign, due)
            x += due_w - 2
        if detail:
            if due:
                detail = translate("today", " · ") + detail
            painter.setPen(muted)
            rest = QRect(x, line2.top(), max(0, line2.right() - x), line2.height())
            painter.drawText(rest, valign, small_m.elidedText(
                detail, Qt.TextElideMode.ElideRight, rest.width()))

        for action, brect in buttons:
            self._paint_button(painter, opt, index, action, brect, base)

        if not selected:  # a hairline between items
            line = QColor(palette.color(QPalette.ColorRole.Mid))
            line.setAlpha(90)
            painter.setPen(line)
            painter.drawLine(rect.left() + PAD_X, rect.bottom(), rect.right() - PAD_X,
                             rect.bottom())

    def _paint_button(self, painter: QPainter, opt: QStyleOptionViewItem, index: AnyIndex,
                      action: Action, rect: QRect, font: QFont) -> None:
        palette = opt.palette
        hovered = self._hover == (index.row(), action)
        primary = action in (Action.DONE, Action.REPLIED)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        fill_colour = QColor(highlight) if primary else QColor(
            palette.color(QPalette.ColorRole.Button))
        if primary:
            fill_colour.setAlpha(46 if hovered else 26)
        border = QColor(highlight if hovered else palette.color(QPalette.ColorRole.Mid))
        painter.setPen(border)
        painter.setBrush(fill_colour)
        painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 6, 6)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setFont(font)
        painter.setPen(highlight if primary or hovered
                       else palette.color(QPalette.ColorRole.ButtonText))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, button_text(action))

    # mouse -----------------------------------------------------------------------------

    def _button_at(self, option: QStyleOptionViewItem, index: AnyIndex,
                   pos: QPoint) -> Action | None:
        for action, rect in self.button_rects(option.rect, index, option.font):
            if rect.contains(pos):
                return action
        return None

    def clear_hover(self) -> None:
        if self._hover is not None:
            self._hover = None
            self._view.viewport().update()

    def editorEvent(self, event: QEvent, model: object, option: QStyleOptionViewItem,
                    index: AnyIndex) -> bool:
        if index.data(DueRole.KIND) != RowKind.ITEM or not isinstance(event, QMouseEvent):
            return super().editorEvent(event, model, option, index)  # type: ignore[arg-type]
        pos = event.position().toPoint()
        action = self._button_at(option, index, pos)
        etype = event.type()
        if etype == QEvent.Type.MouseMove:
            hover = (index.row(), action)
            if hover != self._hover:
                self._hover = hover
                self._view.viewport().update()
            return False
        if action is None or event.button() != Qt.MouseButton.LeftButton:
            return False
        if etype == QEvent.Type.MouseButtonRelease:
            self.sig_action_clicked.emit(QPersistentModelIndex(index), action.value)
            return True
        # presses and double clicks on a button are the button's, not the row's
        return etype in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
