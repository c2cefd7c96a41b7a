"""Settings: one dialog (:mod:`.dialog`) with one page per subject (:mod:`.privacy`,
:mod:`.addressbook`, ...)."""

from __future__ import annotations

from dataclasses import dataclass

from netjournal.paths import DataDir


@dataclass(frozen=True)
class SettingsContext:
    """What a page that acts on the journal itself is given: the data folder (such pages
    call the store's functions)."""

    data_dir: DataDir
