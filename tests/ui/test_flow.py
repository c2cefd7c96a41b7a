"""The flow layout: a row of widgets that wraps in a narrow space, right items kept right."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from netjournal.ui.flow import FlowLayout

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


@pytest.fixture
def row(qtbot):  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    outer = QVBoxLayout(host)
    flow = FlowLayout(spacing=6)
    buttons = [QPushButton(text, host) for text in ("Log interaction…", "Edit…", "Delete")]
    flow.add_widget(buttons[0])
    flow.add_widget(buttons[1], right=True)
    flow.add_widget(buttons[2], right=True)
    outer.addLayout(flow)
    outer.addStretch(1)
    host.show()
    qtbot.waitExposed(host)
    return host, flow, buttons


def test_wide_one_line_with_the_right_items_at_the_right(qtbot, row):
    host, _flow, (log, edit, delete) = row
    host.resize(600, 200)
    qtbot.waitUntil(lambda: delete.geometry().right() > 500)
    assert log.geometry().left() < 30
    assert log.y() == edit.y() == delete.y()
    assert edit.geometry().right() < delete.geometry().left()


def test_narrow_it_wraps_and_asks_only_for_its_widest_item(qtbot, row):
    host, flow, (log, edit, delete) = row
    widest = max(b.minimumSizeHint().width() for b in (log, edit, delete))
    assert flow.minimumSize().width() == widest
    host.resize(log.sizeHint().width() + 30, 300)
    qtbot.waitUntil(lambda: edit.y() > log.y())
    for button in (log, edit, delete):  # nothing overlaps, nothing squeezed
        assert button.width() >= button.sizeHint().width()
        others = [b for b in (log, edit, delete) if b is not button]
        assert not any(button.geometry().intersects(b.geometry()) for b in others)
    assert flow.heightForWidth(host.width()) > flow.heightForWidth(2000)
