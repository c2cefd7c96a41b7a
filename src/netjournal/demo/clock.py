"""The demo's clock: local wall-clock times of the user's zone, stored as UTC."""

from __future__ import annotations

import datetime as dt
import random

from netjournal.demo import words
from netjournal.domain.values import Channel


def fmt(moment: dt.datetime) -> str:
    """A naive UTC moment as the journal stores it."""
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def given_name(name: str) -> str:
    """How a message greets ``name``: the given name, also where the family name leads."""
    for givens, families, style in words.INTERNATIONAL:
        if style.startswith("{family}"):
            for family in families:
                rest = name.removeprefix(family).strip()
                if rest != name and rest in givens:
                    return rest
    return name.split()[0]


class Clock:
    """Local wall-clock times of the user's zone as the UTC the journal stores.

    The offset is looked up once per day, at noon: clocks change at night, and demo
    moments all fall between morning and evening.
    """

    def __init__(self, tz: dt.tzinfo | None) -> None:
        self.tz = tz
        self._offsets: dict[dt.date, dt.timedelta] = {}

    def at(self, day: dt.date, minutes: int) -> dt.datetime:
        """``minutes`` after local midnight on ``day``, as a naive UTC datetime."""
        offset = self._offsets.get(day)
        if offset is None:
            noon = dt.datetime.combine(day, dt.time(12))
            aware = noon.astimezone() if self.tz is None else noon.replace(tzinfo=self.tz)
            offset = self._offsets[day] = aware.utcoffset() or dt.timedelta()
        return dt.datetime(day.year, day.month, day.day) + dt.timedelta(minutes=minutes) - offset

    def aware(self, day: dt.date, minutes: int) -> dt.datetime:
        """The same moment as an aware UTC datetime (what the journal's operations take)."""
        return self.at(day, minutes).replace(tzinfo=dt.UTC)


MEETINGS = (Channel.IN_PERSON, Channel.CALL, Channel.VIDEO)
# local hours, in minutes after midnight: coffee, lunch, the afternoon; calls in office
# hours; messages from breakfast to the evening
CHANNEL_HOURS = {
    Channel.IN_PERSON: ((8 * 60, 10 * 60 + 30), (12 * 60, 13 * 60 + 30), (15 * 60, 18 * 60)),
    Channel.CALL: ((9 * 60, 17 * 60 + 30),),
    Channel.VIDEO: ((9 * 60, 17 * 60 + 30),),
    Channel.EMAIL: ((8 * 60, 19 * 60),),
    Channel.MESSAGE: ((8 * 60, 20 * 60),),
    Channel.SOCIAL: ((8 * 60, 20 * 60),),
}


def minutes_for(rng: random.Random, channel: Channel) -> int:
    """A local time of day for ``channel`` (meetings start on the quarter hour)."""
    low, high = rng.choice(CHANNEL_HOURS[channel])
    minutes = rng.randrange(low, high)
    return minutes - minutes % 15 if channel in MEETINGS else minutes
