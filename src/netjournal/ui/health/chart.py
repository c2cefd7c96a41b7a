"""A week-by-week bar chart painted by hand with QPainter.

Bars stack the series drawn above the axis (what the advice wants more of) and, for a
"for against" chart, those drawn below it (favours received, ties gone dormant...).
Everything is drawn in logical pixels with antialiasing, so it is crisp at any device
pixel ratio (and when rendered into a 2x image for export). Hovering a week sets the
tooltip to its numbers; a click selects it and tells :attr:`WeekChart.sig_week_clicked`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from netjournal import dates
from netjournal.domain.health import WeekHealth
from netjournal.wording import fill

PAD = 10.0  # around the plot, in logical pixels
BAR_GAP = 0.22  # the share of a week's column left empty between bars


@dataclass(frozen=True)
class Series:
    """One count of :class:`WeekHealth` drawn as part of each week's bar."""

    key: str  # the WeekHealth attribute
    label: str  # translated
    color: str  # "#rrggbb"
    down: bool = False  # drawn below the axis


def nice_ceiling(value: float) -> int:
    """A round scale top at least ``value``: 1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 25... (1 for
    nothing)."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        top = step * power
        if top >= value and top == int(top):
            return int(top)
    return int(10 * power)


class WeekChart(QWidget):
    """Bars per week for a few series, with a title, a legend and month labels."""

    sig_week_clicked = Signal(int)
    """A week's bar was clicked (its index in the weeks shown)."""

    def __init__(self, title: str, series: Sequence[Series],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.series = tuple(series)
        self._weeks: tuple[WeekHealth, ...] = ()
        self._hover: int | None = None
        self._selected: int | None = None
        self.setMouseTracking(True)
        self.setMinimumSize(320, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    # data --------------------------------------------------------------------------------

    def set_weeks(self, weeks: Sequence[WeekHealth]) -> None:
        self._weeks = tuple(weeks)
        if self._selected is not None and self._selected >= len(self._weeks):
            self._selected = None
        self._hover = None
        self.setToolTip("")
        self.update()

    def weeks(self) -> tuple[WeekHealth, ...]:
        return self._weeks

    def set_selected(self, index: int | None) -> None:
        self._selected = index
        self.update()

    def selected(self) -> int | None:
        return self._selected

    def tooltip_text(self, index: int) -> str:
        """The week's numbers in words: its first day, then one line per series."""
        week = self._weeks[index]
        lines = [fill(self.tr("Week of %1"), dates.medium_date(week.week_start))]
        lines += [fill(self.tr("%1: %2"), s.label, getattr(week, s.key)) for s in self.series]
        return "\n".join(lines)

    # geometry ----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(520, 210)

    def _fonts(self) -> tuple[QFont, QFont]:
        title = QFont(self.font())
        title.setWeight(QFont.Weight.DemiBold)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        return title, small

    def _scale(self) -> tuple[int, int]:
        """The top of the scale above and below the axis."""
        up = max((sum(getattr(w, s.key) for s in self.series if not s.down)
                  for w in self._weeks), default=0)
        down = max((sum(getattr(w, s.key) for s in self.series if s.down)
                    for w in self._weeks), default=0)
        has_down = any(s.down for s in self.series)
        return nice_ceiling(up), (nice_ceiling(down) if has_down else 0)

    def plot_rect(self) -> QRectF:
        """Where the bars go, in the widget's logical coordinates."""
        title, small = self._fonts()
        tm, sm = QFontMetricsF(title), QFontMetricsF(small)
        up, down = self._scale()
        axis = max(sm.horizontalAdvance(str(up)), sm.horizontalAdvance(str(down))) + 8
        top = PAD + tm.height() + 6 + sm.height() + 8
        bottom = self.height() - PAD - sm.height() - 4
        return QRectF(PAD + axis, top, max(1.0, self.width() - 2 * PAD - axis),
                      max(1.0, bottom - top))

    def column(self, index: int) -> QRectF:
        """The full-height column of a week (hover and click target)."""
        plot = self.plot_rect()
        width = plot.width() / max(1, len(self._weeks))
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    def week_at(self, x: float) -> int | None:
        plot = self.plot_rect()
        if not self._weeks or not plot.left() <= x < plot.right():
            return None
        k = int((x - plot.left()) / (plot.width() / len(self._weeks)))
        return min(k, len(self._weeks) - 1)

    def _baseline(self, plot: QRectF) -> float:
        up, down = self._scale()
        if not down:
            return plot.bottom()
        share = max(0.25, min(0.75, up / (up + down)))
        return plot.top() + plot.height() * share

    # events ------------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        k = self.week_at(event.position().x())
        if k != self._hover:
            self._hover = k
            self.setToolTip(self.tooltip_text(k) if k is not None else "")
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: object) -> None:
        self._hover = None
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        k = self.week_at(event.position().x())
        if event.button() == Qt.MouseButton.LeftButton and k is not None:
            self.set_selected(k)
            self.sig_week_clicked.emit(k)
            return
        super().mousePressEvent(event)

    # painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.paint(painter)
        painter.end()

    def paint(self, painter: QPainter) -> None:
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = QColor(text)
        muted.setAlphaF(0.62)
        grid = QColor(text)
        grid.setAlphaF(0.12)
        title_font, small = self._fonts()
        tm, sm = QFontMetricsF(title_font), QFontMetricsF(small)
        painter.fillRect(QRectF(self.rect()), pal.color(QPalette.ColorRole.Base))

        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(QPointF(PAD, PAD + tm.ascent()), self.title)
        self._paint_legend(painter, small, sm, PAD + tm.height() + 6, text)

        plot = self.plot_rect()
        base = self._baseline(plot)
        up, down = self._scale()
        self._paint_bands(painter, pal)
        painter.setFont(small)
        for value, y in ((up, plot.top()), (0, base), (down, plot.bottom())):
            if value == 0 and y != base:
                continue
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(muted)
            label = str(value)
            painter.drawText(QPointF(plot.left() - 6 - sm.horizontalAdvance(label),
                                     y + sm.ascent() / 2 - 1), label)
        self._paint_bars(painter, plot, base, up, down)
        painter.setPen(QPen(muted, 1))
        painter.drawLine(QPointF(plot.left(), base), QPointF(plot.right(), base))
        self._paint_months(painter, small, sm, plot, muted)

    def _paint_legend(self, painter: QPainter, font: QFont, fm: QFontMetricsF, top: float,
                      color: QColor) -> None:
        painter.setFont(font)
        x = PAD
        box = fm.ascent() * 0.8
        for s in self.series:
            painter.fillRect(QRectF(x, top + (fm.height() - box) / 2, box, box), QColor(s.color))
            x += box + 5
            painter.setPen(color)
            label = s.label + ("  ↓" if s.down else "")
            painter.drawText(QPointF(x, top + fm.ascent()), label)
            x += fm.horizontalAdvance(label) + 14

    def _paint_bands(self, painter: QPainter, pal: QPalette) -> None:
        for index, alpha in ((self._hover, 0.10), (self._selected, 0.22)):
            if index is None or index >= len(self._weeks):
                continue
            band = QColor(pal.color(QPalette.ColorRole.Highlight))
            band.setAlphaF(alpha)
            painter.fillRect(self.column(index), band)

    def _paint_bars(self, painter: QPainter, plot: QRectF, base: float, up: int,
                    down: int) -> None:
        up_px = base - plot.top()
        down_px = plot.bottom() - base
        painter.setPen(Qt.PenStyle.NoPen)
        for k, week in enumerate(self._weeks):
            col = self.column(k)
            width = max(1.0, col.width() * (1 - BAR_GAP))
            x = col.left() + (col.width() - width) / 2
            above = below = 0.0
            for s in self.series:
                n = getattr(week, s.key)
                if not n:
                    continue
                if s.down:
                    h = down_px * n / down
                    painter.fillRect(QRectF(x, base + below, width, h), QColor(s.color))
                    below += h
                else:
                    h = up_px * n / up
                    painter.fillRect(QRectF(x, base - above - h, width, h), QColor(s.color))
                    above += h

    def _paint_months(self, painter: QPainter, font: QFont, fm: QFontMetricsF,
                      plot: QRectF, color: QColor) -> None:
        painter.setFont(font)
        painter.setPen(color)
        y = plot.bottom() + 4 + fm.ascent()
        for x, label in self.month_labels(fm):
            painter.drawText(QPointF(x, y), label)

    def month_labels(self, fm: QFontMetricsF) -> list[tuple[float, str]]:
        """The month names under the axis (x, text): at each month's first week, the
        year beside January when it fits before the next month's name."""
        locale = QLocale()
        items: list[tuple[float, tuple[str, ...]]] = []
        previous_month = None
        for k, week in enumerate(self._weeks):
            month = week.week_start.month
            if month == previous_month:
                continue
            previous_month = month
            name = locale.monthName(month, QLocale.FormatType.ShortFormat)
            items.append((self.column(k).left(), (f"{name} {week.week_start.year}", name)
                          if month == 1 else (name,)))
        return place_labels(items, fm.horizontalAdvance, self.width() - 2)


def place_labels(items: Sequence[tuple[float, Sequence[str]]],
                 width: Callable[[str], float], right: float,
                 gap: float = 6.0) -> list[tuple[float, str]]:
    """Labels at their x, none overlapping another or passing ``right``.

    Each item gives its x and its texts in order of preference (a longer one first): the
    first that ends ``gap`` before the next item's x is taken (the last of them even if
    not: the next then gives way); an item whose every text would overlap the label
    before it, or pass ``right``, is left out.
    """
    placed: list[tuple[float, str]] = []
    last_right = -math.inf
    for n, (x, texts) in enumerate(items):
        if x < last_right + gap:
            continue
        limit = items[n + 1][0] - gap if n + 1 < len(items) else right
        fitting = [t for t in texts if x + width(t) <= min(limit, right)]
        choice = fitting[0] if fitting else texts[-1]
        if x + width(choice) > right:
            continue
        placed.append((x, choice))
        last_right = x + width(choice)
    return placed
