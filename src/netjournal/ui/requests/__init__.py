"""Connection requests and introductions: the inbox, the note composer, the intro editor.

Entry points for the main window and the card:

- :class:`RequestsInbox` ``(store, events, settings, settings_path=None, parent=None)``
- :class:`RequestComposer` ``(store, events, settings, contact_id, parent=None)``
- :class:`IntroductionDialog` ``(store, events, person_id=None, introduction_id=None,
  parent=None)``
- :func:`introduction_path_text` ``(store, contact_id) -> str`` and
  :func:`introduction_advice_text` ``(store, contact_id) -> str`` for the card.
"""


from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from netjournal.ui.requests.composer import RequestComposer
    from netjournal.ui.requests.inbox import RequestsInbox
    from netjournal.ui.requests.introduction import IntroductionDialog
    from netjournal.ui.requests.path import introduction_advice_text, introduction_path_text

# Each name is imported on first use: the card needs only ``path`` at start-up, and the
# inbox, the composer and the dialog are built when the user first opens them.
_HOMES = {
    "RequestComposer": "composer",
    "RequestsInbox": "inbox",
    "IntroductionDialog": "introduction",
    "introduction_advice_text": "path",
    "introduction_path_text": "path",
}

__all__ = ["IntroductionDialog", "RequestComposer", "RequestsInbox",
           "introduction_advice_text", "introduction_path_text"]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
