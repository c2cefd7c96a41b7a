"""How a timeline entry looks: a delegate that lays out date, channel, people and notes.

Everything is drawn as plain text with ``QPainter.drawText`` (user text is never markup).
Long notes wrap and stop after a few lines with an ellipsis; the editor shows them whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from netjournal.domain.values import Interaction
from netjournal.ui.contact.formatting import fill, local_moment_text
from netjournal.ui.contact.timeline_model import TimelineModel
from netjournal.ui.labels import label

_Index = QModelIndex | QPersistentModelIndex

MARGIN_X = 14
MARGIN_Y = 10
GAP = 4
MAX_LINES = 3


def wrapped_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """``text`` wrapped to ``width``: at most ``max_lines`` lines, the last elided if cut."""
    lines: list[str] = []
    paragraphs = [p.strip() for p in text.splitlines() if p.strip()] or [""]
    metrics = QFontMetrics(font)
    width = max(width, 20)
    for p_index, paragraph in enumerate(paragraphs):
        layout = QTextLayout(paragraph, font)
        layout.beginLayout()
        starts: list[tuple[int, int]] = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            starts.append((line.textStart(), line.textLength()))
        layout.endLayout()
        for start, length in starts:
            if len(lines) == max_lines - 1:
                rest = " ".join([paragraph[start:], *paragraphs[p_index + 1:]]).strip()
                lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
                return lines
            lines.append(paragraph[start:start + length].rstrip())
    return lines


@dataclass
class _Piece:
    rect: QRect
    text: str
    font: QFont
    role: QPalette.ColorRole
    flags: Qt.AlignmentFlag


class TimelineDelegate(QStyledItemDelegate):
    """Paints an interaction as a small card of lines.

    ``hide_contact_id`` is the contact whose timeline this is: they are not listed as
    "with" on every entry (the others are). The all-activity view passes None.
    """

    def __init__(self, view: QListView, hide_contact_id: int | None = None) -> None:
        super().__init__(view)
        self._view = view
        self.hide_contact_id = hide_contact_id
        # (interaction id, width) -> height: a view relayouts every row after fetchMore
        self._heights: dict[tuple[int, int], int] = {}

    def clear_cache(self) -> None:
        """Forget measured heights (the model reloaded: texts may have changed)."""
        self._heights.clear()

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.92))
        return base, bold, small

    def _layout(self, option: QStyleOptionViewItem, index: _Index) -> tuple[list[_Piece], int]:
        # typed access through the model's own methods
        model = self._view.model()
        assert isinstance(model, TimelineModel)
        item: Interaction | None = model.interaction_at(index.row())
        if item is None:
            return [], 0
        base, bold, small = self._fonts(option)
        width = max(self._view.viewport().width(), 200)
        x0 = option.rect.x() + MARGIN_X
        inner = width - 2 * MARGIN_X
        y = option.rect.y() + MARGIN_Y
        pieces: list[_Piece] = []
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

        # line 1: when (bold) ....... channel · direction (muted)
        when = local_moment_text(item.occurred_at)
        how = f"{label(item.channel)} · {label(item.direction)}"
        if item.awaiting_reply:
            how += " · " + QCoreApplication.translate("contact", "awaiting reply")
        bold_m, small_m = QFontMetrics(bold), QFontMetrics(small)
        h = max(bold_m.height(), small_m.height())
        how_w = min(small_m.horizontalAdvance(how) + 2, inner // 2)
        pieces.append(_Piece(QRect(x0, y, inner - how_w - 8, h),
                             bold_m.elidedText(when, Qt.TextElideMode.ElideRight,
                                               inner - how_w - 8),
                             bold, QPalette.ColorRole.Text, left))
        pieces.append(_Piece(QRect(x0 + inner - how_w, y, how_w, h),
                             small_m.elidedText(how, Qt.TextElideMode.ElideRight, how_w),
                             small, QPalette.ColorRole.PlaceholderText, right))
        y += h + GAP

        # line 2: with whom, at which event
        people = [name for cid, name in model.participants_at(index.row())
                  if cid != self.hide_contact_id]
        event = model.event_name_at(index.row())
        context = []
        if people:
            context.append(fill(QCoreApplication.translate("contact", "With %1"),
                                ", ".join(people)))
        if event:
            context.append(fill(QCoreApplication.translate("contact", "At %1"), event))
        small_h = small_m.height()
        for line in wrapped_lines(" · ".join(context), small, inner, 2) if context else []:
            pieces.append(_Piece(QRect(x0, y, inner, small_h), line, small,
                                 QPalette.ColorRole.PlaceholderText, left))
            y += small_h
        if context:
            y += GAP

        # labelled notes
        base_m = QFontMetrics(base)
        captions = ((QCoreApplication.translate("contact", "Goal"), item.goal),
                    (QCoreApplication.translate("contact", "Said"), item.summary),
                    (QCoreApplication.translate("contact", "Learned"), item.learned))
        caption_w = max(small_m.horizontalAdvance(c) for c, _t in captions) + 12
        text_w = inner - caption_w
        line_h = base_m.height()
        for caption, text in captions:
            if not text.strip():
                continue
            lines = wrapped_lines(text.strip(), base, text_w, MAX_LINES)
            pieces.append(_Piece(QRect(x0, y, caption_w, line_h), caption, small,
                                 QPalette.ColorRole.PlaceholderText, left))
            for line in lines:
                pieces.append(_Piece(QRect(x0 + caption_w, y, text_w, line_h), line, base,
                                     QPalette.ColorRole.Text, left))
                y += line_h
            y += 2
        height = y - option.rect.y() + MARGIN_Y
        return pieces, height

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        width = self._view.viewport().width()
        model = self._view.model()
        item = model.interaction_at(index.row()) if isinstance(model, TimelineModel) else None
        key = (item.id or 0, width) if item is not None else None
        height = self._heights.get(key) if key is not None else None
        if height is None:
            opt = QStyleOptionViewItem(option)
            opt.rect = QRect(0, 0, width, 0)
            height = max(self._layout(opt, index)[1], 24)
            if key is not None:
                if len(self._heights) > 20000:
                    self._heights.clear()
                self._heights[key] = height
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        painter.save()
        style = option.widget.style() if option.widget else self._view.style()
        # the background and selection; the text is laid out below
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                            option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        for piece in self._layout(option, index)[0]:
            painter.setFont(piece.font)
            role = piece.role
            if selected:
                role = QPalette.ColorRole.HighlightedText
            painter.setPen(palette.color(role))
            painter.drawText(piece.rect, int(piece.flags | Qt.TextFlag.TextSingleLine),
                             piece.text)
        # a hairline between entries
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        r = option.rect
        painter.drawLine(r.left() + MARGIN_X, r.bottom(), r.right() - MARGIN_X, r.bottom())
        painter.restore()


class TimelineListView(QListView):
    """A list view set up for variable-height timeline entries that re-wrap on resize.

    Its delegate's measured heights are forgotten whenever the model resets.
    """

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._on_model_reset)

    def _on_model_reset(self) -> None:
        delegate = self.itemDelegate()
        if isinstance(delegate, TimelineDelegate):
            delegate.clear_cache()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setSpacing(0)
