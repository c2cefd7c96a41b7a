"""The app's look (palette, style sheets, tie colours, error messages) and ``fill``.

``fill`` is :func:`netjournal.wording.fill` (shared with the report), kept here for the
panes that import it from this module.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from netjournal.domain.values import TieStrength
from netjournal.wording import fill as fill

ERROR_STYLE = "color: #a12622; background: #fbeceb; border-radius: 4px; padding: 6px 8px;"
"""Dark red on pale red: a form's or dialog's error message."""


def error_label(parent: QWidget) -> QLabel:
    """A hidden, word-wrapped label for a form's error message (plain text, never markup)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def is_dark(palette: QPalette) -> bool:
    """True when the palette draws light text on a dark background."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


# (light, dark) accent per tie strength: calm hues readable on either background.
_TIE_COLOURS: dict[TieStrength, tuple[str, str]] = {
    TieStrength.CLOSE: ("#1d7f4e", "#5fd39a"),
    TieStrength.REGULAR: ("#2160b8", "#7fb0ff"),
    TieStrength.WEAK: ("#5b6470", "#aab3bf"),
    TieStrength.DORMANT: ("#a4540a", "#f0aa5a"),
}


def tie_colour(tie: TieStrength, palette: QPalette) -> QColor:
    """The accent that marks a tie strength in lists and on the card."""
    light, dark = _TIE_COLOURS[tie]
    return QColor(dark if is_dark(palette) else light)


def muted_text(palette: QPalette) -> QColor:
    """Secondary text: between the text colour and the background."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    return QColor((text.red() * 3 + base.red() * 2) // 5,
                  (text.green() * 3 + base.green() * 2) // 5,
                  (text.blue() * 3 + base.blue() * 2) // 5)


def _palette(dark: bool) -> QPalette:
    p = QPalette()
    if dark:
        colours = {
            QPalette.ColorRole.Window: "#1f2124", QPalette.ColorRole.WindowText: "#e4e6ea",
            QPalette.ColorRole.Base: "#26292d", QPalette.ColorRole.AlternateBase: "#2c3035",
            QPalette.ColorRole.Text: "#e4e6ea", QPalette.ColorRole.Button: "#2d3136",
            QPalette.ColorRole.ButtonText: "#e4e6ea", QPalette.ColorRole.Highlight: "#3a6fc4",
            QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.ToolTipBase: "#2d3136", QPalette.ColorRole.ToolTipText: "#e4e6ea",
            QPalette.ColorRole.PlaceholderText: "#8b929b", QPalette.ColorRole.Link: "#7fb0ff",
            QPalette.ColorRole.Mid: "#3a3f45", QPalette.ColorRole.Midlight: "#33373c",
            QPalette.ColorRole.Dark: "#16181a", QPalette.ColorRole.Light: "#3d4249",
            QPalette.ColorRole.Shadow: "#0c0d0e",
        }
    else:
        colours = {
            QPalette.ColorRole.Window: "#f4f5f7", QPalette.ColorRole.WindowText: "#1f2328",
            QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#f7f8fa",
            QPalette.ColorRole.Text: "#1f2328", QPalette.ColorRole.Button: "#f7f8fa",
            QPalette.ColorRole.ButtonText: "#1f2328", QPalette.ColorRole.Highlight: "#2f6fd0",
            QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.ToolTipBase: "#ffffff", QPalette.ColorRole.ToolTipText: "#1f2328",
            QPalette.ColorRole.PlaceholderText: "#8a919a", QPalette.ColorRole.Link: "#2160b8",
            QPalette.ColorRole.Mid: "#d5d9de", QPalette.ColorRole.Midlight: "#e6e9ed",
            QPalette.ColorRole.Dark: "#b8bec6", QPalette.ColorRole.Light: "#ffffff",
            QPalette.ColorRole.Shadow: "#8a919a",
        }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f767f" if dark else "#a0a6ad"))
    return p


# Style sheets for a few small widget trees. Deliberately not one app-wide sheet: that
# makes Qt polish every widget through the style-sheet engine (about 40 ms more at start).
SHEETS = {
    "sidebar": """
        #Sidebar { background: palette(window); border-right: 1px solid palette(mid); }
        QToolButton {
            border: none; border-radius: 8px; padding: 8px 6px; margin: 2px 6px;
            color: palette(window-text);
        }
        QToolButton:hover { background: palette(midlight); }
        QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); }
        #AppTitle { font-weight: 600; padding: 10px 12px 6px 12px; }
    """,
    "search": """
        QLineEdit {
            padding: 6px 8px; border: 1px solid palette(mid); border-radius: 8px;
            background: palette(base);
        }
        QLineEdit:focus { border: 1px solid palette(highlight); }
    """,
    "welcome": """
        #WelcomePage { background: palette(window); }
        #WelcomeHeadline { font-size: 22pt; font-weight: 600; }
        #WelcomeText { color: palette(placeholder-text); font-size: 11pt; }
        QPushButton#WelcomeAction {
            text-align: left; padding: 14px 18px; border-radius: 10px;
            border: 1px solid palette(mid); background: palette(button); font-size: 11pt;
        }
        QPushButton#WelcomeAction:hover { border: 1px solid palette(highlight); }
        QPushButton#WelcomeAction:focus { border: 2px solid palette(highlight); }
    """,
    "status": """
        QStatusBar { border-top: 1px solid palette(mid); }
        QStatusBar QLabel { padding: 0 8px; }
    """,
}


def apply_style(app: QApplication, *, dark: bool | None = None) -> None:
    """Give the app its calm look; ``dark`` None follows the desktop's colour scheme."""
    if dark is None:
        dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    app.setStyle("Fusion")
    app.setPalette(_palette(dark))

