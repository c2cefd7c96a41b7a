"""The contact side of the main window: the card, its timeline, what I can offer, all activity.

The main window embeds :class:`ContactPanel` (one contact) and :class:`ActivityPane`
(every contact's interactions, newest first).
"""

from netjournal.ui.contact.activity import ActivityPane
from netjournal.ui.contact.panel import ContactPanel

__all__ = ["ActivityPane", "ContactPanel"]
