"""Layouts that give way in a narrow window instead of forcing it wide.

:class:`FlowLayout` puts its widgets side by side and wraps them onto the next line when
the row is too narrow (Qt's own "flow layout" example, with right-aligned items kept to
the right); its minimum width is that of its widest item, so a row of buttons never
decides how narrow the window may be.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    """Widgets in a row that wraps; items added with ``right=True`` sit at the right end.

    Args:
        parent: the widget to lay out (or None, to nest the layout in another one).
        spacing: the gap between items, across and down (-1: the style's).
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right: set[int] = set()  # ids of the items kept at the right end
        self._spacing = spacing
        if parent is None:
            self.setContentsMargins(QMargins(0, 0, 0, 0))

    def add_widget(self, widget: QWidget, *, right: bool = False) -> None:
        """Add a widget; ``right`` ones (added after the left ones) end the row."""
        self.addWidget(widget)
        if right:
            self._right.add(id(self._items[-1]))

    # QLayout ---------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._right.discard(id(item))
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        m = self.contentsMargins()
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self.spacing() * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def spacing(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parent()
        if isinstance(parent, QWidget):
            return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        if isinstance(parent, QLayout):
            return max(0, parent.spacing())
        return 6

    # placing ---------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in ``rect`` (if ``move``); returns the height they take."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self.spacing()
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            width = item.sizeHint().width()
            if lines[-1] and used + gap + width > area.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + width
            lines[-1].append(item)
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(i.sizeHint().height() for i in line)
            if move:
                self._place_line(line, area, y, height, gap)
            y += height + gap
        return max(0, y - gap - area.y()) + m.top() + m.bottom()

    def _place_line(self, line: list[QLayoutItem], area: QRect, y: int, height: int,
                    gap: int) -> None:
        left = [i for i in line if id(i) not in self._right]
        right = [i for i in line if id(i) in self._right]
        x = area.x()
        for item in left:
            x = self._put(item, x, y, height, area.right() - x + 1) + gap
        widths = [min(i.sizeHint().width(), area.width()) for i in right]
        x = max(x, area.right() + 1 - sum(widths) - gap * max(0, len(right) - 1))
        for item in right:
            x = self._put(item, x, y, height, area.right() - x + 1) + gap

    @staticmethod
    def _put(item: QLayoutItem, x: int, y: int, height: int, room: int) -> int:
        """Place one item at ``x`` (vertically centred in the line); returns its right edge."""
        hint = item.sizeHint()
        width = max(item.minimumSize().width(), min(hint.width(), room))
        h = min(hint.height(), height)
        item.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(width, h)))
        return x + width
