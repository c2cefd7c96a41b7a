"""Interop: vCard, CSV (LinkedIn, Google, Outlook), the JSON full export and ICS. No Qt."""


class InteropError(Exception):
    """Base class for import and export errors; the message is meant for the user."""
