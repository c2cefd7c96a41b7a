"""Follow-ups on screen: the Today view (the app's home) and the card's follow-ups.

Entry points for the main window and the card:

- :class:`TodayView` ``(store, events, settings, parent=None)``: overdue, due today,
  thank-yous owed, later this week, reconnect suggestions; each item done, snoozed, let
  go or opened (``events.sig_open_contact``) in one step.
- :class:`ContactFollowUps` ``(store, events, parent=None)`` with
  ``show_contact(contact_id | None)``: a contact's open follow-ups, chain history, and
  a reminder set by hand with a reason and a date.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from netjournal.ui.today.card import ContactFollowUps
    from netjournal.ui.today.view import TodayView

# Each name is imported on first use: the app starts on Today, and the card's follow-ups
# come with the Contacts view when it is first visited.
_HOMES = {"ContactFollowUps": "card", "TodayView": "view"}

__all__ = ["ContactFollowUps", "TodayView"]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
