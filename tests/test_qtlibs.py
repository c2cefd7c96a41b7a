"""Qt's X11 plugin: a missing system library is named with its Debian package."""

from __future__ import annotations

import pytest

from netjournal import qtlibs


@pytest.mark.parametrize(("soname", "package"), [
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libEGL.so.1", "libegl1"),
    ("libdbus-1.so.3", "libdbus-1-3"),
    ("libfontconfig.so.1", "libfontconfig1"),
])
def test_the_package_follows_debians_naming_rule(soname: str, package: str) -> None:
    assert qtlibs.debian_package(soname) == package


def test_the_loaders_error_becomes_one_line_naming_the_package() -> None:
    error = ("libxcb-cursor.so.0: cannot open shared object file: No such file or "
             "directory")
    line = qtlibs.missing_library_line(error)
    assert line is not None and "\n" not in line
    assert "libxcb-cursor.so.0 is missing" in line
    assert "sudo apt-get install libxcb-cursor0" in line
    assert qtlibs.missing_library_line("invalid ELF header") is None


def test_a_plugin_that_cannot_load_is_reported(tmp_path) -> None:
    plugin = tmp_path / "libqxcb.so"  # a library whose loading fails: not a library at all
    plugin.write_bytes(b"not a shared object")
    display = {"DISPLAY": ":0"}
    # not a missing library: nothing to name, Qt says the rest
    assert qtlibs.missing_library(display, "linux", plugin) is None
    missing = tmp_path / "gone" / "libxcb-cursor.so.0"
    line = qtlibs.missing_library(display, "linux", missing)
    assert line is not None and "sudo apt-get install libxcb-cursor0" in line


def test_the_installed_plugin_is_reported_exactly_when_the_loader_refuses_it() -> None:
    """On this machine, with or without the xcb libraries (a server without a display
    lacks them; the README lists them for a real window): nothing is reported when the
    plugin loads, and the library the loader names when it does not."""
    import ctypes

    plugin = qtlibs.xcb_plugin()
    if plugin is None:
        pytest.skip("this PySide6 has no X11 plugin")
    try:
        ctypes.CDLL(str(plugin))
    except OSError as e:
        expected = qtlibs.missing_library_line(str(e))
        assert expected is not None, f"the plugin fails for another reason: {e}"
    else:
        expected = None
    assert qtlibs.missing_library({"DISPLAY": ":0"}, "linux") == expected


def test_other_platforms_are_not_checked(tmp_path) -> None:
    display = {"DISPLAY": ":0"}
    missing = tmp_path / "libxcb-cursor.so.0"
    for env, platform in (({}, "linux"), (display, "win32"),
                          ({**display, "QT_QPA_PLATFORM": "offscreen"}, "linux"),
                          ({**display, "WAYLAND_DISPLAY": "wayland-0"}, "linux")):
        assert qtlibs.missing_library(env, platform, missing) is None
