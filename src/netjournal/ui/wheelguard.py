"""The mouse wheel never edits a value the user did not pick: one filter for the whole app.

Combo boxes, spin boxes (date and time edits too) and sliders take the wheel only when
they have the keyboard focus. Over one that has not, the wheel scrolls the scroll area
around it, as it does over a label, and the widget does not take the focus either.
:func:`install` puts the filter on the application (the bootstrap does, and the UI test
fixtures do the same).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QSlider,
    QWidget,
)

VALUE_WIDGETS = (QComboBox, QAbstractSpinBox, QSlider)


def value_widget(obj: QObject) -> QWidget | None:
    """The value widget ``obj`` is, or whose text field it is (a spin box's line edit)."""
    if isinstance(obj, VALUE_WIDGETS):
        return obj
    if isinstance(obj, QLineEdit) and isinstance(obj.parentWidget(), VALUE_WIDGETS):
        return obj.parentWidget()
    return None


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        if parent.isWindow():
            return None
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """The application-wide event filter (see the module docstring)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish:
            widget = value_widget(watched)
            if widget is not None and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a wheel gives no focus
            return False
        if kind != QEvent.Type.Wheel or not isinstance(event, QWheelEvent):
            return False
        widget = value_widget(watched)
        if widget is None or widget.hasFocus() or not widget.isEnabled():
            return False
        area = _scroll_area(widget)
        if area is not None:
            viewport = area.viewport()
            where = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
            forwarded = QWheelEvent(where, event.globalPosition(), event.pixelDelta(),
                                    event.angleDelta(), event.buttons(), event.modifiers(),
                                    event.phase(), event.inverted(), event.source())
            QCoreApplication.sendEvent(viewport, forwarded)
        event.accept()  # handled: neither the value widget nor its parents change
        return True


def install(app: QCoreApplication, *, shown: QWidget | None = None) -> WheelGuard:
    """Put the guard on ``app`` (once); returns it (it lives as long as the app).

    ``shown``: a window already polished before the guard was there; its value widgets
    get the focus rule now. (The app installs the guard once its window shows: the
    first Qt-private object a Python event filter meets makes PySide resolve every type
    it loaded lazily, tens of milliseconds better spent after the first frame.)
    """
    existing = app.findChild(WheelGuard)
    guard = existing or WheelGuard(app)
    if existing is None:
        app.installEventFilter(guard)
    if shown is not None:
        for kind in VALUE_WIDGETS:
            for widget in shown.findChildren(kind):
                if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return guard
