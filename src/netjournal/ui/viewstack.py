"""The main window's frame for its views: the sidebar, and a stack that builds each view
on its first visit.

A view is given as a widget or as a function that builds it. Until it is first shown
(or asked for by :meth:`ViewStack.page`), an empty widget holds its place, so start-up
pays only for the view shown first; the module of every other view is imported in its
builder.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.ui.style import SHEETS


class Sidebar(QFrame):
    """The column of view buttons on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Sidebar")
        self.setStyleSheet(SHEETS["sidebar"])
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 6, 0, 8)
        self._layout.setSpacing(0)
        title = QLabel("NetJournal", self)
        title.setObjectName("AppTitle")
        self._layout.addWidget(title)
        self._layout.addStretch(1)
        self.setFixedWidth(132)

    def add_button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+1.. and the View menu reach them
        self._layout.insertWidget(self._layout.count() - 1, button)
        return button


class ViewStack(QStackedWidget):
    """The views by key, one shown at a time; each built when it is first needed."""

    sig_view_built = Signal(str, object)
    """A view was just built (its key and its widget): connect its signals now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {}

    def add(self, key: str, widget: QWidget | Callable[[], QWidget]) -> None:
        """Add a view, or the function that builds it on its first visit."""
        if key in self._pages:
            raise ValueError(f"there is already a view called {key!r}")
        if isinstance(widget, QWidget):
            page = widget
        else:
            page = QWidget(self)  # stands in until the view is first needed
            self._factories[key] = widget
        self.addWidget(page)
        self._pages[key] = page

    def keys(self) -> list[str]:
        return list(self._pages)

    def is_built(self, key: str) -> bool:
        """Whether the view's widget was made yet."""
        return key in self._pages and key not in self._factories

    def built(self, key: str) -> QWidget | None:
        """The view's widget if it was built, else None (nothing is built)."""
        return self._pages[key] if self.is_built(key) else None

    def page(self, key: str) -> QWidget:
        """The view's widget, built now if it was not yet."""
        page = self._pages[key]
        factory = self._factories.pop(key, None)
        if factory is None:
            return page
        built = factory()
        showing = self.currentWidget() is page
        self.insertWidget(self.indexOf(page), built)
        if showing:
            self.setCurrentWidget(built)
        self.removeWidget(page)
        page.deleteLater()
        self._pages[key] = built
        self.sig_view_built.emit(key, built)
        return built

    def show_page(self, key: str) -> QWidget:
        """Build the view if needed and show it."""
        page = self.page(key)
        self.setCurrentWidget(page)
        return page

    def current_key(self) -> str:
        current = self.currentWidget()
        return next((k for k, w in self._pages.items() if w is current), "")
