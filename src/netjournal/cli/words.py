"""The command line's human words, in the app's language and through the app's translations.

:func:`setup` decides the language once per run (:mod:`netjournal.language`: ``--lang``,
else the settings, else the locale) without loading Qt. Qt's core is loaded only when a
command writes human text that needs it: a translated word (:func:`translate`, Indonesian
only: English is the source text) or a date (:func:`dates`, in the language's locale).
JSON output never comes here, so it stays English and ISO 8601.
"""

from __future__ import annotations

import argparse
import os
import re
from types import ModuleType

from netjournal import language

_PLACEHOLDER = re.compile(r"%(\d)")
_state: dict[str, object] = {"language": "en", "gui": False, "ready": False}


def setup(args: argparse.Namespace) -> str:
    """Decide the language of this run from its arguments; return it (no Qt loaded)."""
    configured = ""
    if getattr(args, "lang", None) is None:
        from netjournal import settings as settings_mod
        from netjournal.paths import DataDir, PathsError
        from netjournal.settings import SettingsError

        try:
            configured = settings_mod.load(
                DataDir.resolve(getattr(args, "data_dir", None)).settings).language
        except (SettingsError, PathsError, OSError):
            configured = ""  # the command itself reports what is wrong with them
    chosen = language.choose(getattr(args, "lang", None), configured)
    _state.update(language=chosen, gui=getattr(args, "command", None) == "print",
                  ready=False)
    return chosen


def current() -> str:
    """The language this run speaks ("en" or "id")."""
    return str(_state["language"])


def start_qt() -> None:
    """Create the Qt application this run needs and install its language (once).

    ``print`` paints fonts and needs a GUI application (offscreen: no display needed);
    every other command makes do with a core one.
    """
    if _state["ready"]:
        return
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is None:
        if _state["gui"]:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtGui import QGuiApplication

            app = QGuiApplication(["netjournal"])
        else:
            app = QCoreApplication(["netjournal"])
    language.install(app, current())
    _state["app"] = app  # kept alive for the rest of the run
    _state["ready"] = True


def translate(context: str, text: str, disambiguation: str | None = None,
              n: int = -1) -> str:
    """``QCoreApplication.translate`` for this run: ``text`` (``%n`` put in for ``n``) in
    its language.

    Calls are written ``translate("cli", "...")`` with literal strings, so that lupdate
    finds them; English needs no Qt (the source text is English).
    """
    if current() == "en":
        return text.replace("%n", str(n)) if n >= 0 else text
    start_qt()
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, disambiguation, n)


def dates() -> ModuleType:
    """:mod:`netjournal.dates`, with the run's locale in place."""
    start_qt()
    from netjournal import dates as module

    return module


def label(code: object) -> str:
    """The app's word for a domain code (a channel, a kind, a tie strength) in the run's
    language: :func:`netjournal.wording.label`, the one table the UI uses too."""
    start_qt()
    from netjournal import wording

    return wording.label(code)  # type: ignore[arg-type]


def fill(template: str, *args: object) -> str:
    """``%1``, ``%2``... of a translated sentence filled in one pass, as
    :func:`netjournal.wording.fill` does, without loading Qt."""
    def sub(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return str(args[n - 1]) if 1 <= n <= len(args) else match.group(0)

    return _PLACEHOLDER.sub(sub, template)
