"""Connection requests and introductions: the inbox, the note composer, the intro editor.

Entry points for the main window and the card:

- :class:`RequestsInbox` ``(store, events, settings, settings_path=None, parent=None)``
- :class:`RequestComposer` ``(store, events, settings, contact_id, parent=None)``
- :class:`IntroductionDialog` ``(store, events, person_id=None, introduction_id=None,
  parent=None)``
- :func:`introduction_path_text` ``(store, contact_id) -> str`` and
  :func:`introduction_advice_text` ``(store, contact_id) -> str`` for the card.
"""

from netjournal.ui.requests.composer import RequestComposer
from netjournal.ui.requests.inbox import RequestsInbox
from netjournal.ui.requests.introduction import IntroductionDialog
from netjournal.ui.requests.path import introduction_advice_text, introduction_path_text

__all__ = ["IntroductionDialog", "RequestComposer", "RequestsInbox",
           "introduction_advice_text", "introduction_path_text"]
