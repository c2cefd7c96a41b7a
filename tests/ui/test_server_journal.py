"""The app on a journal kept on a PostgreSQL server: choosing it, a server that cannot be
reached, a card changed by someone else, others' changes shown, a server gone and back."""

from __future__ import annotations

import dataclasses
import json

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from netjournal.database_choice import choose, without_password
from netjournal.paths import DataDir
from netjournal.storage.store import Store
from netjournal.ui import connect
from netjournal.ui.opendatabase import OpenDatabaseDialog, choose_database
from tests.conftest import run_netjournal
from tests.pgserver import free_port

pytestmark = [pytest.mark.qt_log_ignore("^This plugin does not support"),
              pytest.mark.postgresql]
OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}


def dead_url() -> str:
    """A server address where nothing listens."""
    return f"postgresql://nobody@127.0.0.1:{free_port()}/journal"


def answer_next_box(button: str) -> None:
    """Click ``button`` (its object name) in the next modal dialog that shows."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        found = box.findChild(QPushButton, button) if box is not None else None
        if found is None:
            QTimer.singleShot(10, click)
            return
        found.click()

    QTimer.singleShot(0, click)


# choosing the journal ------------------------------------------------------------------

def test_the_choice_follows_flag_then_environment_then_settings_then_file():
    env = {"NETJOURNAL_DATABASE": "postgresql://env@h/db"}
    assert choose("postgresql://flag@h/db", env, "postgresql://kept@h/db").url == \
        "postgresql://flag@h/db"
    assert choose("", env, "postgresql://kept@h/db").url is None  # --database "": the file
    assert choose(None, env, "postgresql://kept@h/db").source == "environment"
    assert choose(None, {}, "postgresql://kept@h/db").source == "remembered"
    assert choose(None, {}, "") == choose(None, {"NETJOURNAL_DATABASE": " "}, "")
    assert choose(None, {}, "").url is None


def test_a_password_is_never_remembered():
    assert without_password("postgresql://ana:s3cret@db.example:5433/j?sslmode=require"
                            "&password=x") == "postgresql://ana@db.example:5433/j?sslmode=require"


def test_the_app_opens_a_journal_on_a_server(tmp_path, pg_url):
    folder = tmp_path / "data"
    result = run_netjournal("--quit-when-ready", "--data-dir", str(folder), "--database",
                            pg_url, env=OFFSCREEN, timeout=120)
    assert result.returncode == 0, result.stderr
    assert not (folder / "netjournal.sqlite3").exists()  # the server's, not the file
    with Store.open_url(pg_url) as server:
        assert server.db.table_exists("contact")


def test_an_unreachable_server_at_start_is_one_line_and_no_traceback(tmp_path):
    url = dead_url()
    result = run_netjournal("--quit-when-ready", "--data-dir", str(tmp_path / "d"),
                            "--database", url, env=OFFSCREEN, timeout=120)
    assert result.returncode == 1
    assert "cannot reach the database server 127.0.0.1:" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_unreachable_dialog_says_what_and_where_and_offers_three_ways(qtbot):
    url = dead_url()
    seen = []

    def ask(box):  # type: ignore[no-untyped-def]
        seen.append(box.text())
        box.findChild(QPushButton, "retry" if len(seen) == 1 else "useFile").click()
        return box

    assert connect.open_server(url, interactive=True, ask=ask) == connect.USE_FILE
    assert len(seen) == 2  # Retry tried again, then this computer's journal
    assert "127.0.0.1" in seen[0] and "5 seconds" in seen[0] and "What failed" in seen[0]
    box = connect.unreachable_box(url, "refused")
    assert {b.objectName() for b in box.buttons()} == {"retry", "useFile", "quit"}


def test_open_database_tests_the_connection_and_remembers_no_password(qtbot, pg_url,
                                                                     data_dir, store):
    dialog = OpenDatabaseDialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.test_button.isEnabled()  # no URL yet
    dialog.url_edit.setText(pg_url.replace("netjournal@", "netjournal:secret@"))
    assert dialog.test_connection()
    assert "holds no journal yet" in dialog.result_label.text()
    dialog.url_edit.setText(dead_url())
    assert not dialog.test_connection()
    assert dialog.result_label.text().startswith("Could not connect to 127.0.0.1:")

    dialog.url_edit.setText(pg_url.replace("netjournal@", "netjournal:secret@"))
    dialog.buttons.accepted.emit()
    assert choose_database(store, data_dir, dialog=dialog) == dialog.chosen_url()
    saved = json.loads(data_dir.settings.read_text())
    assert saved["database"] == pg_url and "secret" not in data_dir.settings.read_text()

    back = OpenDatabaseDialog(pg_url)
    qtbot.addWidget(back)
    back.file_button.click()  # this computer's journal
    assert back.chosen_url() is None


def test_the_command_line_follows_the_remembered_choice(tmp_path, pg_url):
    folder = DataDir(tmp_path / "cli").ensure()
    folder.settings.write_text(json.dumps({"database": pg_url}))
    done = run_netjournal("add", "Budi Santoso (Tokopedia)", "--data-dir", str(folder.root))
    assert done.returncode == 0, done.stderr
    with Store.open_url(pg_url) as server:
        assert server.contacts.count() == 1
    forced = run_netjournal("add", "Sari", "--data-dir", str(folder.root), "--database", "")
    assert forced.returncode == 0, forced.stderr
    assert folder.has_journal()  # --database "": the data folder's file


# several people on one journal ---------------------------------------------------------

@pytest.fixture
def other(request, store, data_dir):  # type: ignore[no-untyped-def]
    """A second connection to the test's journal (another computer, or another window)."""
    made = (Store.open_url(request.getfixturevalue("pg_url")) if store.on_server
            else Store(data_dir.database, backup_dir=data_dir.backups))
    store.db.bind(__import__("netjournal.storage.models", fromlist=["M"]).MODELS,
                  bind_refs=False, bind_backrefs=False)
    yield made
    made.close()


def _as(store: Store) -> Store:
    store.db.bind(__import__("netjournal.storage.models", fromlist=["M"]).MODELS,
                  bind_refs=False, bind_backrefs=False)
    return store


def _someone_else_saves(store: Store, other: Store, contact_id: int, **fields) -> None:  # type: ignore[no-untyped-def]
    card = _as(other).contacts.get(contact_id)
    other.contacts.save(dataclasses.replace(card, **fields))
    _as(store)


@pytest.mark.usefixtures("engine")
@pytest.mark.parametrize("answer", ["keep", "reload", "cancel"])
def test_a_card_changed_by_someone_else_is_not_overwritten(qtbot, store, other, main_window,
                                                          answer):
    budi = store.contacts.create("Budi Santoso", company="Tokopedia")
    store.db.execute_sql("UPDATE contact SET updated_at = '2020-01-01 07:02:00'")
    main_window.open_contact(budi.id)
    main_window.card.form.title_edit.setText("Product manager")
    _someone_else_saves(store, other, budi.id, company="Gojek")

    answer_next_box(answer)
    try:
        saved = main_window.card.save()
    finally:
        error = main_window.card.form.error_label.text()
    stored = store.contacts.get(budi.id)
    assert answer == "cancel" or not error, error
    form = main_window.card.form
    if answer == "keep":
        assert saved and (stored.title, stored.company) == ("Product manager", "Tokopedia")
    elif answer == "reload":
        assert not saved and (stored.title, stored.company) == ("", "Gojek")
        assert form.company_edit.text() == "Gojek" and not main_window.card.is_dirty()
    else:
        assert not saved and stored.company == "Gojek"
        assert form.title_edit.text() == "Product manager"  # the edit is still there
        assert "changed by someone else at" in error
        main_window.card.revert()


@pytest.mark.usefixtures("engine")
def test_what_others_changed_shows_when_the_window_looks(qtbot, store, other, main_window):
    store.contacts.create("Andi Wijaya")
    main_window.contact_list.refresh()
    assert not main_window.outside_changes.check()  # the window's own save
    _as(other).contacts.create("Citra Dewi")
    _as(store)
    assert main_window.outside_changes.check()
    model = main_window.contact_list.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)


# a server that goes away ---------------------------------------------------------------

@pytest.fixture
def own_server():  # type: ignore[no-untyped-def]
    """A server of this test's own, to stop and start again."""
    from tests.pgserver import running_server

    with running_server() as server:
        yield server


@pytest.mark.qt_no_exception_capture  # the app's own hook, as app.main installs it
def test_a_server_gone_mid_session_keeps_the_edit_and_retry_reconnects(
        qtbot, own_server, data_dir, monkeypatch):
    from netjournal.settings import Settings
    from netjournal.ui.events import JournalEvents
    from netjournal.ui.mainwindow import MainWindow
    from netjournal.ui.serverlink import ServerLink

    store = Store.open_url(own_server.create_database("shared"), connect_timeout=5)
    budi = store.contacts.create("Budi Santoso")
    events = JournalEvents()
    window = MainWindow(store, events, Settings(), data_dir)
    qtbot.addWidget(window)
    link = ServerLink(store, events, window, window.outside_changes)
    unexpected: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda kind, error, tb: None if link.handles(error)
                        else unexpected.append(error))
    window.show()
    qtbot.waitExposed(window)
    window.open_contact(budi.id)
    window.card.form.title_edit.setText("Product manager")
    try:
        own_server.stop()
        assert not window.card.save()
        assert "lost the connection to the database server 127.0.0.1" in \
            window.card.form.error_label.text()
        assert window.card.form.title_edit.text() == "Product manager"  # nothing lost
        with qtbot.waitSignal(window.outside_changes.sig_connection_lost):
            window.outside_changes.check()
        assert link.bar.isVisible() and "Nothing you typed is lost" in link.bar.label.text()
        assert not link.retry()  # still away: said again
        assert link.bar.isVisible()

        own_server.start()
        link.bar.retry_button.click()
        assert not link.bar.isVisible()
        assert window.card.save()
        assert store.contacts.get(budi.id).title == "Product manager"
        assert not unexpected  # a view that read meanwhile was told, never a traceback
    finally:
        if window.card.is_dirty():
            window.card.revert()
        window.shutdown()
        window.hide()  # drawn no more: its list reads nothing once the store is closed
        store.close()
