"""Draws one contact row: name and last contact on top, title and tie strength below.

Everything is painted with ``drawText`` on plain strings, so a name that looks like HTML
shows literally.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from netjournal.domain.values import TieStrength
from netjournal.ui.contactlist.model import ContactRole, ContactRow
from netjournal.ui.style import muted_text, tie_colour

PAD_X = 12
PAD_Y = 7
LINE_GAP = 3
GAP = 10
CHIP_PAD_X = 7
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ELIDE = Qt.TextElideMode.ElideRight


class ContactDelegate(QStyledItemDelegate):
    """Two-line contact rows of one fixed height (the view can use uniform sizes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._font_key = ""
        self._fonts_cache: tuple[QFont, QFont, QFont] | None = None
        self._metrics: tuple[QFontMetrics, QFontMetrics, QFontMetrics] | None = None
        self._palette_key = -1
        self._palette_colours: dict[str, QColor] = {}
        self._texts: dict[tuple[ContactRow, int, str], tuple[str, int, int, str]] = {}

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        """The view's font (not the item's, which FontRole makes bold), bold and small."""
        base = option.widget.font() if option.widget is not None else option.font
        key = base.key()
        if self._fonts_cache is None or key != self._font_key:
            base = QFont(base)
            bold = QFont(base)
            bold.setBold(True)
            small = QFont(base)
            small.setPointSizeF(max(6.0, base.pointSizeF() * 0.88))
            self._font_key = key
            self._fonts_cache = (base, bold, small)
            self._metrics = (QFontMetrics(base), QFontMetrics(bold), QFontMetrics(small))
        return self._fonts_cache

    def _font_metrics(self, option: QStyleOptionViewItem) -> tuple[QFontMetrics, QFontMetrics,
                                                                   QFontMetrics]:
        self._fonts(option)
        assert self._metrics is not None
        return self._metrics

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        base_m, bold_m, _small_m = self._font_metrics(option)
        return QSize(200, bold_m.height() + base_m.height() + LINE_GAP + 2 * PAD_Y)

    def _colours(self, palette: QPalette) -> dict[str, QColor]:
        """Colours derived from the palette, worked out once per palette."""
        key = palette.cacheKey()
        if key != self._palette_key:
            line = QColor(palette.color(QPalette.ColorRole.Mid))
            line.setAlpha(110)
            selected = palette.color(QPalette.ColorRole.HighlightedText)
            selected_fill = QColor(selected)
            selected_fill.setAlpha(60)
            self._palette_colours = {
                "text": palette.color(QPalette.ColorRole.Text),
                "muted": muted_text(palette),
                "highlight": palette.color(QPalette.ColorRole.Highlight),
                "selected": selected, "selected_fill": selected_fill, "line": line}
            for tie in TieStrength:
                accent = tie_colour(tie, palette)
                fill = QColor(accent)
                fill.setAlpha(48)
                self._palette_colours[tie.value] = accent
                self._palette_colours[f"{tie.value}_fill"] = fill
            self._palette_key = key
        return self._palette_colours

    def _measured(self, row: ContactRow, width: int) -> tuple[str, int, int, str]:
        """The row's texts as they fit ``width`` (name, date width, chip width, subtitle),
        worked out once: the next keystroke mostly draws the same people again."""
        key = (row, width, self._font_key)
        found = self._texts.get(key)
        if found is None:
            assert self._metrics is not None
            base_m, bold_m, small_m = self._metrics
            date_w = base_m.horizontalAdvance(row.last_contact) if row.last_contact else 0
            chip_w = small_m.horizontalAdvance(row.tie_label) + 2 * CHIP_PAD_X
            name = bold_m.elidedText(row.name, ELIDE, width - date_w - GAP)
            sub = base_m.elidedText(row.subtitle, ELIDE, width - chip_w - GAP)
            if len(self._texts) >= self.TEXTS_KEPT:
                self._texts.clear()
            found = self._texts[key] = (name, date_w, chip_w, sub)
        return found

    TEXTS_KEPT = 2048
    """Rows whose fitted texts are kept (a few screens of several widths)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        # Everything comes from one ROW lookup and the view's option as it is; no
        # initStyleOption, which would ask the model for nine roles not used here.
        row = index.data(ContactRole.ROW)
        if not isinstance(row, ContactRow):
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colours = self._colours(option.palette)
        base, bold, small = self._fonts(option)
        assert self._metrics is not None
        base_m, bold_m, small_m = self._metrics
        rect = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        name, date_w, chip_w, sub = self._measured(row, rect.width())
        painter.save()
        if selected:
            painter.fillRect(option.rect, colours["highlight"])
        text_colour = colours["selected"] if selected else colours["text"]
        muted = text_colour if selected else colours["muted"]
        bold_h = bold_m.height()

        # line 1: name ... last contact
        date = row.last_contact
        name_rect = QRect(rect.left(), rect.top(), rect.width() - date_w - GAP, bold_h)
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(name_rect, LEFT, name)
        if date:
            painter.setFont(base)
            painter.setPen(muted)
            painter.drawText(QRect(rect.right() - date_w, rect.top(), date_w, bold_h), RIGHT,
                             date)

        # line 2: title, company ... tie strength chip
        top2 = rect.top() + bold_h + LINE_GAP
        line_h = base_m.height()
        text = row.tie_label
        chip_h = min(line_h, small_m.height() + 2)
        chip = QRect(rect.right() - chip_w + 1, top2 + (line_h - chip_h) // 2, chip_w, chip_h)
        accent = text_colour if selected else colours[row.tie.value]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours["selected_fill"] if selected
                         else colours[f"{row.tie.value}_fill"])
        painter.drawRoundedRect(chip, chip_h / 2, chip_h / 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setFont(small)
        painter.setPen(accent)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        sub_rect = QRect(rect.left(), top2, rect.width() - chip_w - GAP, line_h)
        painter.setFont(base)
        painter.setPen(muted)
        painter.drawText(sub_rect, LEFT, sub)

        # a hairline between rows
        if not selected:  # a one-pixel fill: a translucent drawLine costs ten times more
            painter.fillRect(option.rect.left() + PAD_X, option.rect.bottom(),
                             option.rect.width() - 2 * PAD_X, 1, colours["line"])
        painter.restore()
