"""Follow-up rules: when to reach out again, from the networking advice in DESIGN.md.

Pure functions; the clock is always a parameter.
"""

from __future__ import annotations

import datetime as dt

THANK_YOU_DAYS = 1  # a thank-you is due the same or the next day
NEXT_STEP_DAYS = 7  # the agreed next step, within a week


def thank_you_due(met_on: dt.date) -> dt.date:
    """The last day to say thank you after meeting on ``met_on``."""
    return met_on + dt.timedelta(days=THANK_YOU_DAYS)


def next_step_due(met_on: dt.date) -> dt.date:
    """When the step agreed at a meeting on ``met_on`` is due."""
    return met_on + dt.timedelta(days=NEXT_STEP_DAYS)
