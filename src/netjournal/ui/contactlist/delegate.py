"""Draws one contact row: name and last contact on top, title and tie strength below.

Everything is painted with ``drawText`` on plain strings, so a name that looks like HTML
shows literally.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from netjournal.domain.values import TieStrength
from netjournal.ui.contactlist.model import ContactRole
from netjournal.ui.style import muted_text, tie_colour

PAD_X = 12
PAD_Y = 7
LINE_GAP = 3
GAP = 10
CHIP_PAD_X = 7


class ContactDelegate(QStyledItemDelegate):
    """Two-line contact rows of one fixed height (the view can use uniform sizes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        # the view's font, not the item's: FontRole makes that one bold for plain views
        base = QFont(option.widget.font() if option.widget is not None else option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(6.0, base.pointSizeF() * 0.88))
        return base, bold, small

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        base, bold, _small = self._fonts(option)
        height = (QFontMetrics(bold).height() + QFontMetrics(base).height()
                  + LINE_GAP + 2 * PAD_Y)
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the panel only: the text is drawn below
        widget = opt.widget
        style = widget.style() if widget is not None else None
        painter.save()
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        muted = text_colour if selected else muted_text(palette)
        base, bold, small = self._fonts(opt)
        rect = opt.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        bold_h = QFontMetrics(bold).height()

        # line 1: name ... last contact
        date = str(index.data(ContactRole.LAST_CONTACT) or "")
        date_w = QFontMetrics(base).horizontalAdvance(date) if date else 0
        name_rect = QRect(rect.left(), rect.top(), rect.width() - date_w - GAP, bold_h)
        painter.setFont(bold)
        painter.setPen(text_colour)
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideRight,
                                                       name_rect.width()))
        if date:
            painter.setFont(base)
            painter.setPen(muted)
            painter.drawText(QRect(rect.right() - date_w, rect.top(), date_w, bold_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, date)

        # line 2: title, company ... tie strength chip
        top2 = rect.top() + bold_h + LINE_GAP
        line_h = QFontMetrics(base).height()
        chip_w = 0
        code = index.data(ContactRole.TIE)  # a code: Qt hands back a plain str
        tie = TieStrength(code) if code else None
        tie_text = str(index.data(ContactRole.TIE_LABEL) or "")
        if tie is not None and tie_text:
            chip_w = self._paint_chip(painter, small, tie, tie_text, rect.right(), top2,
                                      line_h, palette, selected, text_colour)
        sub_rect = QRect(rect.left(), top2, rect.width() - chip_w - GAP, line_h)
        painter.setFont(base)
        painter.setPen(muted)
        sub = str(index.data(ContactRole.SUBTITLE) or "")
        painter.drawText(sub_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(base).elidedText(sub, Qt.TextElideMode.ElideRight,
                                                       sub_rect.width()))

        # a hairline between rows
        if not selected:
            line = QColor(palette.color(QPalette.ColorRole.Mid))
            line.setAlpha(110)
            painter.setPen(line)
            painter.drawLine(opt.rect.left() + PAD_X, opt.rect.bottom(),
                             opt.rect.right() - PAD_X, opt.rect.bottom())
        painter.restore()

    def _paint_chip(self, painter: QPainter, font: QFont, tie: TieStrength, text: str,
                    right: int, top: int, line_h: int, palette: QPalette, selected: bool,
                    selected_text: QColor) -> int:
        metrics = QFontMetrics(font)
        width = metrics.horizontalAdvance(text) + 2 * CHIP_PAD_X
        height = min(line_h, metrics.height() + 2)
        chip = QRect(right - width + 1, top + (line_h - height) // 2, width, height)
        accent = selected_text if selected else tie_colour(tie, palette)
        fill = QColor(accent)
        fill.setAlpha(48 if not selected else 60)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(chip, height / 2, height / 2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setFont(font)
        painter.setPen(accent)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        return width
