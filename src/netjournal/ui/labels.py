"""Translated words for the domain's codes (channels, tie strengths, statuses...).

The table lives in :mod:`netjournal.wording`, below both the UI and the report, so the
panes and the printed summary say the same thing; the panes keep importing it from here.
"""

from __future__ import annotations

from netjournal.wording import choices as choices
from netjournal.wording import label as label
