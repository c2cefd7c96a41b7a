"""NetJournal: an offline journal for professional relationships."""

__version__ = "0.1.0"
APP_NAME = "netjournal"
