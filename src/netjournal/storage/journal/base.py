"""What the journal operations share: their error, settings, the clock and the day."""

from __future__ import annotations

import datetime as dt

from netjournal.domain import DomainError
from netjournal.domain import followups as rules
from netjournal.domain.ties import Cadences
from netjournal.domain.values import FollowUpKind, FollowUpStatus
from netjournal.settings import Settings
from netjournal.storage import StorageError
from netjournal.storage.convert import now_utc
from netjournal.storage.store import Store

DEFAULT_SETTINGS = Settings()


class JournalError(StorageError):
    """An operation the follow-up rules do not allow; the message is meant for the user."""


def cadences_of(settings: Settings) -> Cadences:
    """The keep-in-touch cadences the user chose."""
    return Cadences(close=settings.cadence_close_days, regular=settings.cadence_regular_days,
                    weak=settings.cadence_weak_days)


def start_of_day(day: dt.date, tz: dt.tzinfo | None = None) -> dt.datetime:
    """Local midnight of ``day`` as an aware UTC moment."""
    if tz is None:
        local = dt.datetime.combine(day, dt.time()).astimezone()
    else:
        local = dt.datetime.combine(day, dt.time(), tzinfo=tz)
    return local.astimezone(dt.UTC)


def local_today(tz: dt.tzinfo | None = None) -> dt.date:
    """Today on the user's calendar."""
    return rules.local_date(now_utc(), tz)


def moment_or_now(when: dt.datetime | None) -> dt.datetime:
    """``when``, or now; a naive moment is refused (whose midnight would it be?)."""
    if when is None:
        return now_utc()
    if when.tzinfo is None:
        raise JournalError("a moment needs its time zone")
    return when


def checked_first_days(first_days: int) -> int:
    """The first follow-up's wait if the advice allows it (7 to 14 days)."""
    try:
        return rules.check_first_days(first_days)
    except DomainError as e:
        raise JournalError(str(e)) from e


def close_reconnects(store: Store, contact_id: int, when: dt.datetime) -> None:
    """Any interaction warms a tie: open reconnect follow-ups of the contact are done."""
    for row in store.followups.for_contact(contact_id, open_only=True):
        if row.kind == FollowUpKind.RECONNECT and row.id is not None:
            store.followups.close(row.id, FollowUpStatus.DONE, at=when)
