"""The Network health page: its charts show the journal's weeks, hovering a week tells its
numbers, a click lists its interactions, and the charts export as a PNG."""

import datetime as dt
import itertools
import zoneinfo

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage

from netjournal import dates
from netjournal.demo.generator import generate
from netjournal.domain.values import Channel, Interaction, day_only
from netjournal.settings import Settings
from netjournal.ui.events import JournalEvents
from netjournal.ui.health import HealthView
from netjournal.ui.health.chart import WeekChart, nice_ceiling, place_labels
from netjournal.ui.health.model import ID_ROLE

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise",
                                       "does not support grabbing")

JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")
NOW = dt.datetime(2026, 12, 5, 3, tzinfo=dt.UTC)  # Saturday morning in Jakarta
TODAY = dt.date(2026, 12, 5)


@pytest.fixture
def events():
    return JournalEvents()


@pytest.fixture
def view(qtbot, store, events):
    generate(store, 40, seed=4, today=TODAY, tz=JAKARTA)
    widget = HealthView(store, events, Settings(), clock=lambda: NOW, tz=JAKARTA)
    qtbot.addWidget(widget)
    widget.resize(1200, 820)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def _busiest(view):
    rows = view.rows()
    return max(range(len(rows)), key=lambda k: (rows[k].touches, k))


def test_the_page_shows_the_last_52_weeks(view):
    rows = view.rows()
    assert len(rows) == 52 and rows[-1].week_start == dt.date(2026, 11, 30)
    for chart in view.chart_widgets:
        assert chart.weeks() == rows
        assert chart.isVisible() and chart.width() > 300
    total = sum(r.touches for r in rows)
    assert total > 100
    assert sum(r.reconnected for r in rows) > 10 and sum(r.gone_dormant for r in rows) > 10
    assert view.ties_chart.title == "Ties"
    assert f"{total} touches" in view.summary.text()
    assert view.week_label.text() == "Click a week to list its interactions."
    assert view.week_model.rowCount() == 0


def test_hovering_a_week_tells_its_numbers(view, qtbot):
    chart: WeekChart = view.touches_chart
    k = _busiest(view)
    week = view.rows()[k]
    qtbot.mouseMove(chart, chart.column(k).center().toPoint())
    qtbot.waitUntil(lambda: chart.toolTip() != "")
    lines = chart.toolTip().splitlines()
    assert lines[0] == f"Week of {dates.medium_date(week.week_start)}"
    assert lines[1:] == [f"Face to face: {week.face_to_face}",
                         f"Voice and video: {week.voice_video}", f"Written: {week.written}"]
    qtbot.mouseMove(chart, chart.column(k - 1).center().toPoint())
    qtbot.waitUntil(lambda: chart.toolTip() == chart.tooltip_text(k - 1))
    favours = view.favours_chart
    qtbot.mouseMove(favours, favours.column(k).center().toPoint())
    qtbot.waitUntil(lambda: favours.toolTip() != "")
    assert favours.toolTip().splitlines()[1:] == [f"Given: {view.rows()[k].given}",
                                                  f"Received: {view.rows()[k].received}"]


def test_clicking_a_week_lists_its_interactions(view, qtbot, store):
    k = _busiest(view)
    chart = view.ties_chart
    with qtbot.waitSignal(chart.sig_week_clicked) as clicked:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton,
                         pos=chart.column(k).center().toPoint())
    assert clicked.args == [k]
    assert all(c.selected() == k for c in view.chart_widgets)
    model = view.week_model
    assert model.total() == view.rows()[k].touches > 0
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    ids = [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]
    week = view._weeks[k]
    sql = store.db.execute_sql(
        "SELECT id FROM interaction WHERE deleted_at IS NULL AND occurred_at >= ?"
        " AND occurred_at < ? ORDER BY occurred_at, id",
        (week.starts_at.strftime("%Y-%m-%d %H:%M:%S"),
         week.ends_at.strftime("%Y-%m-%d %H:%M:%S"))).fetchall()
    assert ids == [r[0] for r in sql]
    first = model.index(0, 0).data()
    assert " · " in first
    assert view.week_label.text().endswith(f": {model.total()} interactions")


def test_a_new_interaction_shows_after_the_change_signal(view, qtbot, store, events):
    c = store.contacts.create("Sari Wulandari").id
    before = view.rows()[-1].face_to_face
    store.interactions.save(Interaction(occurred_at=day_only(dt.date(2026, 11, 30)),
                                        participant_ids=(c,), channel=Channel.EVENT))
    with qtbot.waitSignal(view.sig_reloaded):
        events.sig_interactions_changed.emit([c])
    assert view.rows()[-1].face_to_face == before + 1


def test_export_writes_a_png_at_twice_the_pixels(view, tmp_path):
    path = tmp_path / "health.png"
    assert view.export_png(path)
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(path))
    assert not image.isNull()
    size = view.charts.size()
    assert (image.width(), image.height()) == (size.width() * 2, size.height() * 2)
    # not blank: the bars' colours are in it
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert "#2e8b72" in colours and len(colours) > 5


def test_export_to_a_folder_that_does_not_exist_says_no(view, tmp_path):
    assert not view.export_png(tmp_path / "missing" / "health.png")


def test_the_page_on_an_empty_journal(qtbot, store, events):
    widget = HealthView(store, events, Settings(), clock=lambda: NOW, tz=JAKARTA)
    qtbot.addWidget(widget)
    widget.show()
    assert len(widget.rows()) == 52 and "0 touches" in widget.summary.text()
    assert "0 reconnected" in widget.summary.text()
    image = widget.chart_image(1.0)
    assert not image.isNull()


def test_scale_tops_are_round():
    assert [nice_ceiling(v) for v in (0, 1, 7, 13, 26, 99, 101, 240)] == [
        1, 1, 8, 15, 30, 100, 150, 250]


def test_the_main_window_builds_the_page_on_ctrl_5(make_main_window, qtbot, store):
    store.contacts.create("Budi Santoso")
    window = make_main_window()
    assert not window.is_built("health")
    action = next(a for a in window.actions.views.actions() if a.data() == "health")
    assert action.shortcut().toString() == "Ctrl+5"
    action.trigger()
    assert window.current_view() == "health"
    page = window.view("health")
    assert isinstance(page, HealthView) and len(page.rows()) == 52


def test_new_cadences_judge_the_ties_again(view, qtbot):
    before = sum(r.gone_dormant for r in view.rows())
    with qtbot.waitSignal(view.sig_reloaded, timeout=30_000):
        view.set_settings(Settings(cadence_close_days=400, cadence_regular_days=400,
                                   cadence_weak_days=400))
    assert sum(r.gone_dormant for r in view.rows()) < before


def test_every_count_is_there_at_once_as_the_cli_has_it(qtbot, store, events):
    generate(store, 30, seed=6, today=TODAY, tz=JAKARTA)
    widget = HealthView(store, events, Settings(), clock=lambda: NOW, tz=JAKARTA)
    qtbot.addWidget(widget)
    from netjournal.storage import health

    expected = health.weekly_health(store, widget._weeks, today=TODAY, tz=JAKARTA, now=NOW)
    assert widget.rows() == expected
    assert sum(r.touches for r in expected) > 0 and sum(r.reconnected for r in expected) > 0


def test_a_narrow_window_stands_the_charts_one_above_the_other(view, qtbot):
    assert view.chart_columns() == 2
    tops = {c.geometry().top() for c in view.chart_widgets}
    assert len(tops) == 2  # two rows of two
    view.resize(640, 760)
    qtbot.waitUntil(lambda: view.chart_columns() == 1)
    qtbot.waitUntil(lambda: len({c.geometry().top() for c in view.chart_widgets}) == 4)
    lefts = {c.geometry().left() for c in view.chart_widgets}
    assert len(lefts) == 1
    for chart in view.chart_widgets:
        assert chart.width() >= 320 and chart.geometry().right() <= view.width()
    view.resize(1200, 820)
    qtbot.waitUntil(lambda: view.chart_columns() == 2)


def test_month_names_never_overlap_and_january_gives_way():
    def width(text):
        return 8.0 * len(text)

    items = [(0.0, ("Dec",)), (40.0, ("Jan 2026", "Jan")), (80.0, ("Feb",)),
             (120.0, ("Mar",)), (330.0, ("Apr",))]
    placed = place_labels(items, width, right=340)
    assert [t for _, t in placed] == ["Dec", "Jan", "Feb", "Mar"]  # Apr would pass the edge
    roomy = [(0.0, ("Dec",)), (40.0, ("Jan 2026", "Jan")), (140.0, ("Feb",))]
    assert [t for _, t in place_labels(roomy, width, right=400)] == ["Dec", "Jan 2026", "Feb"]
    tight = [(0.0, ("Sept",)), (20.0, ("Oct",)), (60.0, ("Nov",))]
    assert [t for _, t in place_labels(tight, width, right=400)] == ["Sept", "Nov"]
    for (x1, t1), (x2, _t2) in itertools.pairwise(placed):
        assert x1 + width(t1) + 6 <= x2


def test_the_charts_month_labels_do_not_collide(view):
    from PySide6.QtGui import QFontMetricsF

    for chart in view.chart_widgets:
        _title, small = chart._fonts()
        fm = QFontMetricsF(small)
        labels = chart.month_labels(fm)
        assert len(labels) >= 6
        for (x1, t1), (x2, _t2) in itertools.pairwise(labels):
            assert x1 + fm.horizontalAdvance(t1) < x2
        assert labels[-1][0] + fm.horizontalAdvance(labels[-1][1]) <= chart.width()
