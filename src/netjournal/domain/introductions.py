"""Introduction rules: the path to a contact, and advice when asking for or making one.

From the advice in DESIGN.md: don't ask contacts for favours for a friend they don't
know (ask one specific question on the friend's behalf instead); ask both sides before
introducing two people; and if you were introduced and the answer is no, thank them and
go back to the person who introduced you rather than pressing.

Pure rules over :class:`~netjournal.domain.values.Introduction` values; the UI words the
codes and looks up the names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from netjournal.domain.values import (
    Contact,
    Introduction,
    IntroductionDirection,
    IntroductionOutcome,
)


class PathKind(StrEnum):
    """How a contact came to me."""

    INTRODUCED_BY = "introduced_by"  # someone introduced them to me
    ASKED_VIA = "asked_via"  # I asked someone to introduce us
    I_INTRODUCED = "i_introduced"  # I introduced them to someone else


class Advice(StrEnum):
    """Gentle advice the UI shows while recording an introduction."""

    ASK_ONE_QUESTION = "ask_one_question"  # asking for a friend they don't know
    ASK_BOTH_FIRST = "ask_both_first"  # introducing two people without asking them
    THANK_AND_GO_BACK = "thank_and_go_back"  # declined: thank, return to the introducer


@dataclass(frozen=True)
class PathParts:
    """The parts of "introduced by Sari at JakartaJS" for one contact's card."""

    kind: PathKind
    introducer_id: int | None = None  # who introduced (or whom I asked)
    other_id: int | None = None  # I_INTRODUCED: the other side
    event_id: int | None = None  # where we met, if the card knows
    made_on: dt.date | None = None
    outcome: IntroductionOutcome = IntroductionOutcome.PENDING
    introduction_id: int | None = None  # None: only the card's "introduced by" field


def _newest_first(intros: Iterable[Introduction]) -> list[Introduction]:
    return sorted(intros, key=lambda i: (i.made_on or dt.date.min, i.id or 0), reverse=True)


def path_parts(contact: Contact, introductions: Iterable[Introduction]) -> PathParts | None:
    """How ``contact`` came to me, from the introductions involving them.

    An introduction to me of this contact (received, else asked for) wins, newest first;
    then the card's own "introduced by" field; then an introduction I made of them.
    None when nothing links them.
    """
    cid = contact.id
    intros = _newest_first(introductions)
    to_me = [i for i in intros if i.person_id == cid and i.to_contact_id is None]
    for direction, kind in ((IntroductionDirection.RECEIVED, PathKind.INTRODUCED_BY),
                            (IntroductionDirection.ASKED, PathKind.ASKED_VIA)):
        for intro in to_me:
            if intro.direction == direction and intro.introducer_id is not None:
                return PathParts(kind=kind, introducer_id=intro.introducer_id,
                                 event_id=contact.met_at_event_id, made_on=intro.made_on,
                                 outcome=intro.outcome, introduction_id=intro.id)
    if contact.introduced_by_id is not None:
        return PathParts(kind=PathKind.INTRODUCED_BY, introducer_id=contact.introduced_by_id,
                         event_id=contact.met_at_event_id, made_on=contact.met_on)
    for intro in intros:
        if intro.direction == IntroductionDirection.MADE and cid in (intro.person_id,
                                                                     intro.to_contact_id):
            other = intro.to_contact_id if intro.person_id == cid else intro.person_id
            return PathParts(kind=PathKind.I_INTRODUCED, other_id=other,
                             made_on=intro.made_on, outcome=intro.outcome,
                             introduction_id=intro.id)
    return None


def beneficiary_id(intro: Introduction) -> int | None:
    """Who an introduction is for: ``to_contact_id`` (None means me)."""
    return intro.to_contact_id


def advice(intro: Introduction, *, introducer_knows_beneficiary: bool = True) -> tuple[
        Advice, ...]:
    """The advice that fits an introduction being recorded.

    Args:
        intro: the introduction as the user has filled it in so far.
        introducer_knows_beneficiary: whether the introducer already knows the person
            the introduction is for (the journal's links, or the user's word for it).
            Only matters when I ask on someone else's behalf.
    """
    out: list[Advice] = []
    asking_for_friend = (intro.direction == IntroductionDirection.ASKED
                         and intro.to_contact_id is not None
                         and intro.introducer_id is not None)
    if asking_for_friend and not introducer_knows_beneficiary:
        out.append(Advice.ASK_ONE_QUESTION)
    if intro.direction == IntroductionDirection.MADE and not intro.asked_first:
        out.append(Advice.ASK_BOTH_FIRST)
    if should_go_back_to_introducer(intro):
        out.append(Advice.THANK_AND_GO_BACK)
    return tuple(out)


def should_go_back_to_introducer(intro: Introduction) -> bool:
    """A contact reached through an introducer said no: thank them, return to the introducer."""
    return (intro.outcome == IntroductionOutcome.DECLINED
            and intro.introducer_id is not None
            and intro.direction in (IntroductionDirection.RECEIVED,
                                    IntroductionDirection.ASKED))


def declined_through_introducer(introductions: Iterable[Introduction],
                                contact_id: int) -> Introduction | None:
    """The newest introduction of ``contact_id`` to me that they declined, if any."""
    for intro in _newest_first(introductions):
        if intro.person_id == contact_id and intro.to_contact_id is None \
                and should_go_back_to_introducer(intro):
            return intro
    return None


class Problem(StrEnum):
    """Why an introduction cannot be saved as filled in."""

    NO_PERSON = "no_person"
    SELF_INTRODUCER = "self_introducer"  # the introducer is one of the two sides
    SAME_PEOPLE = "same_people"  # introducing someone to themselves
    NEEDS_INTRODUCER = "needs_introducer"  # received or asked: through whom?
    NEEDS_OTHER = "needs_other"  # made: to whom did I introduce them?


def check(intro: Introduction) -> Problem | None:
    """None if the introduction makes sense, else the first problem found."""
    if not intro.person_id:
        return Problem.NO_PERSON
    if intro.to_contact_id is not None and intro.to_contact_id == intro.person_id:
        return Problem.SAME_PEOPLE
    if intro.direction == IntroductionDirection.MADE:
        return Problem.NEEDS_OTHER if intro.to_contact_id is None else None
    if intro.introducer_id is None:
        return Problem.NEEDS_INTRODUCER
    if intro.introducer_id in (intro.person_id, intro.to_contact_id):
        return Problem.SELF_INTRODUCER
    return None


__all__ = ["Advice", "PathKind", "PathParts", "Problem", "advice", "beneficiary_id", "check",
           "declined_through_introducer", "path_parts", "should_go_back_to_introducer"]
