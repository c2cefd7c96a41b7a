"""Settings: one dialog (:mod:`.dialog`) with one page per subject (:mod:`.privacy`, ...)."""

from __future__ import annotations

from dataclasses import dataclass

from netjournal.paths import DataDir


@dataclass(frozen=True)
class SettingsContext:
    """What the pages are given: the data folder (pages call the store's functions)."""

    data_dir: DataDir
