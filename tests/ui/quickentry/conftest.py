"""Fixtures of the quick entry tests."""

from __future__ import annotations

import ctypes
import sys

import pytest


@pytest.fixture(autouse=True, scope="session")
def _guard_immortal_refcounts() -> None:
    """WORKAROUND for PySide6 6.12.0 on Python 3.11 (wheels built for 3.12's immortal objects).

    Each C++ call returning nothing drops a reference to ``None`` it never took (and a
    signal emit one to ``True``); typing hundreds of keystrokes into the window makes
    thousands of such calls, and CPython aborts with "none_dealloc" / "bool_dealloc" at
    exit. See https://peps.python.org/pep-0683/; on 3.12+ this does nothing. Check:
    ``a = sys.getrefcount(None); [QFont().setBold(True) for _ in range(100)];
    sys.getrefcount(None) - a`` gives -100 where the bug is.
    """
    if sys.version_info < (3, 12):
        for immortal in (None, True, False):
            ctypes.c_ssize_t.from_address(id(immortal)).value += 1 << 40
