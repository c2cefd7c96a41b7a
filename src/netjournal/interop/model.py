"""What readers produce and what an import reports: plain frozen values, no store."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from netjournal.domain.triage import Assessment
from netjournal.domain.values import Contact


class Format(StrEnum):
    """File formats; ``AUTO`` means "look at the content"."""

    AUTO = "auto"
    VCARD = "vcard"
    LINKEDIN = "linkedin"
    GOOGLE = "google"
    OUTLOOK = "outlook"
    CSV = "csv"  # NetJournal's own CSV export
    JSON = "json"
    LINKEDIN_INVITATIONS = "linkedin-invitations"  # Invitations.csv: connection requests
    LINKEDIN_MESSAGES = "linkedin-messages"  # messages.csv: timeline entries
    LINKEDIN_EXPORT = "linkedin-export"  # the whole export as a ZIP


class Kind(StrEnum):
    """What the records of a report are."""

    CONTACTS = "contacts"
    REQUESTS = "connection_requests"
    INTERACTIONS = "interactions"
    EXPORT = "linkedin_export"  # several files, each its own part


class Action(StrEnum):
    """What an import does (or would do) with one record of the file."""

    CREATE = "create"
    MERGE = "merge"  # into a person already in the journal, adding what was missing
    UNCHANGED = "unchanged"  # already in the journal with everything the file has
    REJECT = "reject"
    SKIP = "skip"  # not imported, no fault of the record: already there, or nobody known


@dataclass(frozen=True)
class Problem:
    """A record that was rejected, or a part of one that was left out, and why.

    ``where`` names the place in the file in words ("card 3, line 41", "line 7").
    """

    where: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return {"where": self.where, "reason": self.reason}


@dataclass(frozen=True)
class Candidate:
    """One person read from a file, not saved yet (``contact.id`` is None)."""

    contact: Contact
    where: str


@dataclass(frozen=True)
class ReadResult:
    """Everything a reader got out of a file: people and rejections in file order."""

    items: tuple[Candidate | Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()  # parts of accepted records that were left out

    @property
    def candidates(self) -> tuple[Candidate, ...]:
        return tuple(i for i in self.items if isinstance(i, Candidate))

    @property
    def rejected(self) -> tuple[Problem, ...]:
        return tuple(i for i in self.items if isinstance(i, Problem))


@dataclass(frozen=True)
class Outcome:
    """What happened to one record: the preview and the report list these."""

    where: str
    name: str
    action: Action
    contact_id: int | None = None
    note: str = ""  # the reason of a rejection, or why a merge and what it adds
    reason: str = ""  # a merge's reason alone: why the record is that journal contact
    assessment: Assessment | None = None  # an incoming connection request's triage


@dataclass(frozen=True)
class Stranger:
    """Someone a file speaks of who is not in the journal (offered to add)."""

    name: str
    profile_url: str = ""
    conversations: int = 0  # conversation days of theirs that were skipped

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "profile_url": self.profile_url,
                "skipped": self.conversations}


@dataclass(frozen=True)
class ImportReport:
    """The result of an import (or of a dry run: the same numbers, nothing written)."""

    outcomes: tuple[Outcome, ...] = ()
    warnings: tuple[Problem, ...] = ()
    dry_run: bool = False
    records: dict[str, int] = field(default_factory=dict)  # other rows added, by kind
    kind: Kind = Kind.CONTACTS
    parts: tuple[tuple[str, ImportReport], ...] = ()  # an export's files, in import order
    accepted: int = 0  # pending connection requests the file showed were accepted
    strangers: tuple[Stranger, ...] = ()  # people of the file not in the journal

    def _count(self, *actions: Action) -> int:
        return sum(1 for o in self.outcomes if o.action in actions)

    @property
    def imported(self) -> int:
        """New records: contacts, connection requests or interactions (see ``kind``)."""
        return self._count(Action.CREATE)

    @property
    def skipped(self) -> tuple[Outcome, ...]:
        """Records left out for no fault of theirs, each with why in its note."""
        return tuple(o for o in self.outcomes if o.action == Action.SKIP)

    @property
    def merged(self) -> int:
        """Records that matched a person already in the journal (whether or not new)."""
        return self._count(Action.MERGE, Action.UNCHANGED)

    @property
    def unchanged(self) -> int:
        return self._count(Action.UNCHANGED)

    @property
    def merges(self) -> tuple[Outcome, ...]:
        """The records merged into a journal contact (changed or not), each with its reason."""
        return tuple(o for o in self.outcomes if o.action in (Action.MERGE, Action.UNCHANGED))

    @property
    def rejected(self) -> tuple[Problem, ...]:
        return tuple(Problem(o.where, o.note) for o in self.outcomes
                     if o.action == Action.REJECT)

    def summary(self) -> str:
        """The one line the command prints: ``imported N, merged M, rejected K``."""
        if self.kind in (Kind.REQUESTS, Kind.INTERACTIONS):
            return (f"imported {self.imported}, skipped {len(self.skipped)}, "
                    f"rejected {len(self.rejected)}")
        return (f"imported {self.imported}, merged {self.merged}, "
                f"rejected {len(self.rejected)}")

    def to_json(self) -> dict[str, Any]:
        if self.kind == Kind.EXPORT:
            out: dict[str, Any] = {"kind": self.kind.value, "files": [
                {"file": name, **part.to_json()} for name, part in self.parts]}
            if self.dry_run:
                out["dry_run"] = True
            return out
        if self.kind != Kind.CONTACTS:
            out = {"kind": self.kind.value, "imported": self.imported,
                   "skipped": [{"where": o.where, "name": o.name, "reason": o.note}
                               for o in self.skipped],
                   "rejected": [p.to_json() for p in self.rejected],
                   "warnings": [p.to_json() for p in self.warnings]}
            if self.kind == Kind.INTERACTIONS:
                out["not_in_journal"] = [s.to_json() for s in self.strangers]
            if self.dry_run:
                out["dry_run"] = True
            return out
        out = {
            "imported": self.imported, "merged": self.merged, "unchanged": self.unchanged,
            "rejected": [p.to_json() for p in self.rejected],
            "merges": [{"where": o.where, "name": o.name, "contact_id": o.contact_id,
                        "reason": o.reason, "note": o.note} for o in self.merges],
            "warnings": [p.to_json() for p in self.warnings],
        }
        if self.records:
            out["records"] = dict(self.records)
        if self.accepted:
            out["accepted_requests"] = self.accepted
        if self.dry_run:
            out["dry_run"] = True
        return out
