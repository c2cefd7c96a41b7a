"""Guard against PySide6 builds that lose references to None/True (6.12.0 on Python 3.11).

Such a build makes the app abort with "none_dealloc"/"bool_dealloc" after a few minutes of
use; pyproject.toml keeps it out, and this test fails if it ever comes back.
"""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont


class _Emitter(QObject):
    sig_flag_changed = Signal(bool)
    """A flag changed (the test's own signal)."""


def test_signals_and_void_calls_keep_reference_counts(qapp):
    emitter = _Emitter()
    seen = []
    emitter.sig_flag_changed.connect(lambda value: seen.append(value is True))
    font = QFont()
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        font.setBold(True)  # returns nothing: a C++ void call
        emitter.sig_flag_changed.emit(True)
    seen.clear()
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert after == before
