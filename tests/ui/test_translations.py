"""The Indonesian translation: complete, faithful to its placeholders, current, and loadable.

These tests fail when someone adds a user-visible string without translating it: run
``make translations``, translate the new messages (docs/TRANSLATING.md), and commit the .ts.
They also check ``qtbase_id.ts``, our translation of Qt's own words (dialog buttons, the
right-click menus of text fields, the file dialog), which Qt does not ship for Indonesian.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from netjournal.domain.values import Channel, TieStrength
from netjournal.ui.labels import label

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "netjournal_id.ts"
QT_TS_FILE = ROOT / "resources" / "translations" / "qtbase_id.ts"
# Qt's words every Indonesian user meets: these contexts must be complete in qtbase_id.ts
QT_REQUIRED = {
    "QPlatformTheme": {"OK", "Save", "Cancel", "Discard", "Close", "Apply", "&Yes", "&No",
                       "Restore Defaults"},
    "QGnomeTheme": {"&OK", "&Save", "&Cancel", "&Close", "Close without Saving"},
    "QLineEdit": {"&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"},
    "QWidgetTextControl": {"&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete",
                           "Select All"},
    "QAbstractSpinBox": {"&Select All", "&Step up", "Step &down"},
}
SOURCES = ROOT / "src" / "netjournal"

_PLACEHOLDER = re.compile(r"%(?:\d|n)")  # %1..%9 (filled by fill()) and %n (plurals)
_FIELD = re.compile(r"\{[a-z_]+\}")  # {first_name}-style fields of the note templates
_MNEMONIC = re.compile(r"&(?!&)\S")  # a keyboard accelerator; "&&" is a literal "&"
_END = ".…:?!"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one per plural form (one for a plain message)
    unfinished: bool

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    """Every live message of a .ts file (vanished and obsolete ones are skipped)."""
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            assert tr is not None, f"[{name}] {message.findtext('source')!r} has no <translation>"
            kind = tr.get("type", "")
            if kind in ("vanished", "obsolete"):
                continue
            if message.get("numerus") == "yes":
                texts = tuple(f.text or "" for f in tr.iter("numerusform"))
            else:
                texts = (tr.text or "",)
            out.append(Message(name, message.findtext("source") or "", texts,
                               kind == "unfinished"))
    return out


def tool(name: str) -> str:
    """A PySide6 command-line tool: next to this Python first, else on PATH."""
    here = Path(sys.executable).with_name(name)
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found: it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def run_tool(*args: str) -> None:
    done = subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"


@pytest.fixture(scope="module")
def messages() -> list[Message]:
    return read_ts(TS_FILE)


@pytest.fixture(scope="module", params=[TS_FILE, QT_TS_FILE], ids=lambda p: p.stem)
def finished_messages(request: pytest.FixtureRequest) -> list[Message]:
    """The finished messages of each .ts we ship (NetJournal's and Qt's)."""
    return [m for m in read_ts(request.param) if not m.unfinished]


def _compiled(ts: Path, tmp_path: Path) -> Iterator[QTranslator]:
    """``ts`` compiled here with lrelease (no `make` needed), installed for one test."""
    qm = tmp_path / ts.with_suffix(".qm").name
    run_tool(tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm))
    translator = QTranslator()
    assert translator.load(str(qm)), f"QTranslator could not load {qm}"
    assert translator.language() == "id_ID"
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def indonesian(qapp: QApplication, tmp_path: Path) -> Iterator[QTranslator]:
    """NetJournal's Indonesian, compiled and installed for one test."""
    yield from _compiled(TS_FILE, tmp_path)


@pytest.fixture
def indonesian_qt(qapp: QApplication, tmp_path: Path) -> Iterator[QTranslator]:
    """Qt's own words in Indonesian (qtbase_id.ts), compiled and installed for one test."""
    yield from _compiled(QT_TS_FILE, tmp_path)


@pytest.mark.parametrize("ts", [TS_FILE, QT_TS_FILE], ids=lambda p: p.stem)
def test_ts_file_is_for_indonesian(ts: Path) -> None:
    root = ET.parse(ts).getroot()
    assert root.tag == "TS"
    assert root.get("language") == "id_ID"


def test_every_message_is_translated(messages: list[Message]) -> None:
    assert len(messages) > 100, "the .ts looks empty: run `make translations`"
    unfinished = [str(m) for m in messages
                  if m.unfinished or not all(t.strip() for t in m.translations)]
    assert not unfinished, ("untranslated messages (translate them, see docs/TRANSLATING.md):\n"
                            + "\n".join(unfinished))


def test_qt_buttons_and_edit_menus_are_translated() -> None:
    """qtbase_id.ts may leave some of Qt's words to English, but never these."""
    done = {(m.context, m.source) for m in read_ts(QT_TS_FILE)
            if not m.unfinished and all(t.strip() for t in m.translations)}
    missing = [f"[{context}] {source!r}" for context, sources in QT_REQUIRED.items()
               for source in sorted(sources) if (context, source) not in done]
    assert not missing, "qtbase_id.ts lacks finished translations of:\n" + "\n".join(missing)


def test_plural_messages_have_one_form(messages: list[Message]) -> None:
    """Indonesian has a single plural form; a second one would never be shown."""
    plural = [m for m in messages if "%n" in m.source and len(m.translations) != 1]
    assert not plural, "\n".join(f"{m}: {len(m.translations)} forms" for m in plural)


def test_placeholders_survive_translation(finished_messages: list[Message]) -> None:
    """%1, %2, %n and {fields} of a source are all in its translation, and nothing more."""
    wrong = []
    for m in finished_messages:
        for pattern in (_PLACEHOLDER, _FIELD):
            want = sorted(set(pattern.findall(m.source)))
            for text in m.translations:
                got = sorted(set(pattern.findall(text)))
                if got != want:
                    wrong.append(f"{m}: expects {want}, translation {text!r} has {got}")
    assert not wrong, "\n".join(wrong)


def test_shape_of_each_translation_follows_its_source(
        finished_messages: list[Message]) -> None:
    """Same accelerator count, line breaks, edge spaces and closing punctuation class."""
    def ending(text: str) -> str:
        text = text.rstrip()
        return text[-1] if text and text[-1] in _END else ""

    wrong = []
    for m in finished_messages:
        for text in m.translations:
            if len(_MNEMONIC.findall(m.source)) != len(_MNEMONIC.findall(text)):
                wrong.append(f"{m}: keyboard accelerator (&) lost or added in {text!r}")
            if m.source.count("\n") != text.count("\n"):
                wrong.append(f"{m}: line breaks differ in {text!r}")
            if (m.source[:1] == " ") != (text[:1] == " ") or \
                    (m.source[-1:] == " ") != (text[-1:] == " "):
                wrong.append(f"{m}: leading/trailing space differs in {text!r}")
            if ending(m.source) != ending(text):
                wrong.append(f"{m}: ends with {ending(m.source)!r}, translation {text!r}")
    assert not wrong, "\n".join(wrong)


def test_translation_is_up_to_date_with_the_code(tmp_path: Path,
                                                 messages: list[Message]) -> None:
    """lupdate on today's sources finds no message the committed .ts lacks."""
    fresh = tmp_path / "fresh_id.ts"
    # as `make translations`: every module but the generated resource one (no text in it)
    files = sorted(str(f) for f in SOURCES.rglob("*.py") if f.name != "resources_rc.py")
    run_tool(tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none",
             *files, "-ts", str(fresh))
    in_code = {(m.context, m.source) for m in read_ts(fresh)}
    assert in_code, "lupdate found no strings at all"
    committed = {(m.context, m.source) for m in messages}
    missing = sorted(in_code - committed)
    assert not missing, ("strings in the code but not in netjournal_id.ts: run "
                         "`make translations` and translate them:\n"
                         + "\n".join(f"[{c}] {s!r}" for c, s in missing))


def test_compiled_translation_translates_each_context(indonesian: QTranslator,
                                                       messages: list[Message]) -> None:
    translate = QCoreApplication.translate
    assert translate("labels", "In person") == "Tatap muka"
    assert label(Channel.IN_PERSON) == "Tatap muka"  # the path the panes use
    assert label(TieStrength.DORMANT) == "Tidak aktif"
    assert translate("today", "Today") == "Hari ini"
    assert translate("MainActions", "&Undo") == "&Urungkan"
    assert translate("TimelineTab", "%n interactions", "", 5) == "5 interaksi"
    assert not indonesian.isEmpty()
    # every context answers with what the .ts says, not with the English source
    by_context: dict[str, Message] = {}
    for m in messages:
        if m.context and m.translations[0] != m.source and "%n" not in m.source:
            by_context.setdefault(m.context, m)
    assert len(by_context) > 20
    wrong = [f"{m}: got {translate(m.context, m.source)!r}"
             for m in by_context.values() if translate(m.context, m.source) != m.translations[0]]
    assert not wrong, "\n".join(wrong)


def test_compiled_qt_translation_words_buttons_and_menus(indonesian_qt: QTranslator,
                                                          qtbot: QtBot) -> None:
    """Qt's own buttons and right-click menus speak Indonesian, without clashing &keys."""
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                           | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Discard)
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None
    assert cancel.text().replace("&", "") == "Batal"
    for editor in (QLineEdit("text"), QPlainTextEdit("text")):
        qtbot.addWidget(editor)
        menu = editor.createStandardContextMenu()
        assert menu is not None
        texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
        menu.deleteLater()
        assert "&Salin" in texts and "Pilih semua" in texts, texts
        keys = [_mnemonic(t) for t in texts if _mnemonic(t)]
        assert len(keys) == len(set(keys)), f"{type(editor).__name__} menu: {texts}"


def test_the_app_loads_both_translations_from_its_resources(qapp: QApplication) -> None:
    """language.install finds netjournal_id and qtbase_id in the compiled resources."""
    pytest.importorskip("netjournal.ui.resources_rc", reason="run `make resources` first")
    from netjournal import language

    assert language.load_resources()
    locale = QLocale()
    loaded = language.install(qapp, "id", environ={})
    try:
        assert len(loaded) == 2
        assert QCoreApplication.translate("MainActions", "&Undo") == "&Urungkan"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
    finally:
        for translator in loaded:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(locale)


def _mnemonic(text: str) -> str:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(0)[1].casefold() if found else ""


def test_menu_accelerators_are_unique_in_indonesian(indonesian: QTranslator,
                                                    qtbot: QtBot) -> None:
    """Within the menu bar and within each menu, no two Indonesian entries share an &key."""
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMainWindow

    from netjournal.ui.actions import MainActions

    window = QMainWindow()
    qtbot.addWidget(window)
    actions = MainActions(window, QUndoStack(window))
    menus = actions.build_menus(window.menuBar())
    groups = {"menu bar": [m.title() for m in menus.values()]}
    groups.update({name: [a.text() for a in menu.actions() if not a.isSeparator()]
                   for name, menu in menus.items()})
    assert "&Berkas" in groups["menu bar"]  # the translator is really in use
    clashes = []
    for name, texts in groups.items():
        seen: dict[str, str] = {}
        for text in texts:
            key = _mnemonic(text)
            if key and key in seen:
                clashes.append(f"{name}: {seen[key]!r} and {text!r} both use &{key}")
            seen.setdefault(key, text)
    assert not clashes, "\n".join(clashes)
