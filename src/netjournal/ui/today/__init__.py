"""Follow-ups on screen: the Today view (the app's home) and the card's follow-ups.

Entry points for the main window and the card:

- :class:`TodayView` ``(store, events, settings, parent=None)``: overdue, due today,
  thank-yous owed, later this week, reconnect suggestions; each item done, snoozed, let
  go or opened (``events.sig_open_contact``) in one step.
- :class:`ContactFollowUps` ``(store, events, parent=None)`` with
  ``show_contact(contact_id | None)``: a contact's open follow-ups, chain history, and
  a reminder set by hand with a reason and a date.
"""

from netjournal.ui.today.card import ContactFollowUps
from netjournal.ui.today.view import TodayView

__all__ = ["ContactFollowUps", "TodayView"]
