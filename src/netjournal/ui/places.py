"""Where an action outside the menus works, for the shortcut list (:mod:`netjournal.ui.help`).

A module of its own so that a pane can name its actions' place without importing the
help windows.
"""

from __future__ import annotations

SECTION_PROPERTY = "helpSection"
"""An action outside the menus may name where it works (e.g. "Today list") in this
dynamic property; the shortcut list shows it as the action's place."""
