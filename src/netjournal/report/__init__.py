"""The printable contact summary: a one-page brief before a meeting.

:mod:`~netjournal.report.data` gathers what the page shows from the store (no Qt);
:mod:`~netjournal.report.html` turns it into escaped HTML within a budget;
:mod:`~netjournal.report.document` lays it out and trims it until it fits one page;
:mod:`~netjournal.report.pdf` paints one page per contact on a PDF writer or a printer.
"""


class ReportError(Exception):
    """Base class for report errors; the message is meant for the user."""
