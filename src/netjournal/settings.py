"""The user's preferences: a typed, Qt-free object saved as JSON in the data folder."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netjournal.paths import atomic_write

if TYPE_CHECKING:  # imported when backups are pruned, not at every start
    from netjournal.domain.retention import Retention

DEFAULT_RED_FLAGS: tuple[str, ...] = (
    "visionary thinker",
    "serial entrepreneur",
    "crypto",
    "passive income",
    "🚀",
)


class SettingsError(Exception):
    """The settings file cannot be read or written."""


@dataclass(frozen=True)
class Settings:
    """Preferences; unknown keys in the file are ignored, missing ones take defaults."""

    language: str = ""  # "" follows the system; "en" or "id"
    first_follow_up_days: int = 7  # outreach with no reply: 7 to 14 days
    cadence_close_days: int = 30
    cadence_regular_days: int = 60
    cadence_weak_days: int = 90
    red_flag_phrases: tuple[str, ...] = DEFAULT_RED_FLAGS
    page_size: str = ""  # "" follows the locale; "A4" or "Letter"
    # The safety net: a verified backup at most this often while the journal changes,
    # kept like Anki's (every one of the last days, then one a day, a week, a month).
    backup_interval_minutes: int = 30
    backup_keep_all_days: int = 2
    backup_keep_daily: int = 12
    backup_keep_weekly: int = 10
    backup_keep_monthly: int = 9
    # Address-book sync: the vCard folder vdirsyncer syncs with CardDAV ("" none yet),
    # the vCard version written, and whether each card carries the journal's notes.
    vdir_folder: str = ""
    vdir_version: str = "4.0"
    vdir_note: bool = False
    # The journal chosen in File > Open database... ("" the data folder's file): a
    # PostgreSQL URL, always kept without its password (see netjournal.database_choice).
    database: str = ""

    def __post_init__(self) -> None:
        if not 7 <= self.first_follow_up_days <= 14:
            raise SettingsError("the first follow-up must wait between 7 and 14 days")
        for name in ("cadence_close_days", "cadence_regular_days", "cadence_weak_days"):
            if getattr(self, name) < 1:
                raise SettingsError(f"{name} must be at least one day")
        for name in ("backup_interval_minutes", "backup_keep_all_days", "backup_keep_daily",
                     "backup_keep_weekly", "backup_keep_monthly"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < (1 if name.endswith("minutes") else 0):
                raise SettingsError(f"{name} must be a whole number of at least "
                                    f"{1 if name.endswith('minutes') else 0}")
        if self.vdir_version not in ("4.0", "3.0"):
            raise SettingsError(f"unknown vCard version {self.vdir_version!r} (4.0 or 3.0)")
        if not isinstance(self.vdir_note, bool) or not isinstance(self.vdir_folder, str):
            raise SettingsError("vdir_note must be true or false, vdir_folder a path")
        if not isinstance(self.database, str):
            raise SettingsError("database must be a PostgreSQL URL or empty")
        if self.page_size not in ("", "A4", "Letter"):
            raise SettingsError(f"unknown page size {self.page_size!r}")

    def retention(self) -> Retention:
        """Which backups pruning keeps."""
        from netjournal.domain.retention import Retention

        return Retention(all_days=self.backup_keep_all_days, daily=self.backup_keep_daily,
                         weekly=self.backup_keep_weekly, monthly=self.backup_keep_monthly)

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["red_flag_phrases"] = list(self.red_flag_phrases)
        from netjournal.database_choice import without_password  # never a password

        data["database"] = without_password(self.database) if self.database else ""
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Settings:
        known = {f.name: f for f in dataclasses.fields(cls)}
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                continue
            if key == "red_flag_phrases":
                value = tuple(str(v) for v in value)
            kwargs[key] = value
        try:
            return cls(**kwargs)
        except TypeError as e:
            raise SettingsError(f"invalid settings: {e}") from e


def load(path: Path) -> Settings:
    """Read settings from ``path``; a missing file gives the defaults."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except OSError as e:
        raise SettingsError(f"cannot read {path}: {e.strerror}") from e
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise SettingsError(f"{path} is not valid JSON (line {e.lineno}): {e.msg}") from e
    if not isinstance(data, dict):
        raise SettingsError(f"{path} does not hold a settings object")
    return Settings.from_json(data)


def save(path: Path, settings: Settings) -> None:
    """Write settings atomically (0600)."""
    try:
        with atomic_write(path, make_parents=True) as fh:
            json.dump(settings.to_json(), fh, ensure_ascii=False, indent=2)
    except OSError as e:
        raise SettingsError(f"cannot save settings to {path}: {e.strerror}") from e


__all__ = ["DEFAULT_RED_FLAGS", "Settings", "SettingsError", "load", "save"]
