"""The contact list: a lazy model of filtered contacts, its filter bar and the pane."""

from netjournal.ui.contactlist.filterbar import FilterBar
from netjournal.ui.contactlist.model import ContactListModel, ContactRole, ContactRow
from netjournal.ui.contactlist.pane import ContactListPane

__all__ = ["ContactListModel", "ContactListPane", "ContactRole", "ContactRow", "FilterBar"]
