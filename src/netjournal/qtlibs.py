"""Whether Qt's X11 plugin can load here, and if not which Debian package it lacks. No Qt.

With a display but without one of the system libraries of Qt's xcb plugin (libxcb-cursor0
on a stock Debian), Qt aborts with a hint that blames the application. Loading the
plugin first (the dynamic loader names the first library it cannot find) lets the app
say in one line what to install instead.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Mapping
from pathlib import Path

_MISSING = re.compile(r"([\w.+-]+?\.so(?:\.\d+)*): cannot open shared object file")
_SONAME = re.compile(r"(?P<base>[\w.+-]+?)\.so(?:\.(?P<version>\d+))?")


def debian_package(soname: str) -> str:
    """The Debian package that holds a library, by Debian's naming rule:
    ``libxcb-cursor.so.0`` is in ``libxcb-cursor0``, ``libxkbcommon-x11.so.0`` in
    ``libxkbcommon-x11-0`` (a dash when the name ends in a digit), ``libEGL.so.1`` in
    ``libegl1``."""
    match = _SONAME.fullmatch(soname)
    if match is None:
        return soname
    base, version = match["base"].lower(), match["version"] or ""
    dash = "-" if version and base[-1].isdigit() else ""
    return f"{base}{dash}{version}"


def missing_library_line(loader_error: str) -> str | None:
    """The one line for the dynamic loader's error, naming the library and its package;
    None when the error is not a missing library."""
    match = _MISSING.search(loader_error)
    if match is None:
        return None
    soname = match[1]
    return (f"Qt cannot show a window: the system library {soname} is missing (on Debian "
            f"or Ubuntu: sudo apt-get install {debian_package(soname)}); the command line "
            "works without it (`netjournal --help`)")


def xcb_plugin() -> Path | None:
    """Qt's X11 platform plugin in the installed PySide6 (None: not found there)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    plugin = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def missing_library(environ: Mapping[str, str], platform: str,
                    plugin: Path | None = None) -> str | None:
    """Why Qt's X11 plugin cannot load, in one line; None when it loads or is not used.

    Only X11 is checked: a Linux or BSD session with ``DISPLAY``, no Wayland and no other
    platform chosen (``QT_QPA_PLATFORM``).
    """
    if platform in ("win32", "darwin") or not environ.get("DISPLAY"):
        return None
    if environ.get("WAYLAND_DISPLAY") or environ.get("QT_QPA_PLATFORM", "xcb") != "xcb":
        return None
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return None
    import ctypes  # only on X11

    try:
        ctypes.CDLL(str(plugin))  # the same library Qt loads next, so no cost later
    except OSError as e:
        return missing_library_line(str(e))
    return None
