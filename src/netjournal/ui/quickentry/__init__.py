"""The quick entry window: capture the people met at an event, one line each."""

from netjournal.ui.quickentry.window import QuickEntryWindow

__all__ = ["QuickEntryWindow"]
