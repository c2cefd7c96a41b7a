"""peewee models for the one SQLite file; only the storage layer sees them.

The schema itself is made by the numbered migrations in ``migrations/``; a test checks
these models against it with ``playhouse.schema_diff``. Datetimes are naive UTC.

Beside each foreign key ``x`` sits a bare ``x_id: int`` annotation: peewee adds that
attribute (the raw id) itself, and the annotation only tells the type checker about it.
"""

from __future__ import annotations

from typing import Any

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from netjournal.storage.convert import DAY_ONLY_TIME, from_db


class MomentField(DateTimeField):
    """A moment in naive UTC, or a whole day (:class:`~netjournal.domain.values.DayOnly`,
    stored as ``YYYY-MM-DDT12:00:00``: see :mod:`netjournal.storage.convert`)."""

    def python_value(self, value: Any) -> Any:
        if isinstance(value, str) and value.endswith(DAY_ONLY_TIME):
            return from_db(value)
        return super().python_value(value)  # type: ignore[no-untyped-call]  # peewee stub


class BaseModel(Model):
    class Meta:
        legacy_table_names = False


class Event(BaseModel):
    id = AutoField()
    name = TextField()
    starts_on = DateField(null=True)
    place = TextField(default="")
    notes = TextField(default="")
    created_at = DateTimeField()


class Contact(BaseModel):
    id = AutoField()
    name = TextField(index=True)
    company = TextField(default="")
    title = TextField(default="")
    photo = BlobField(null=True)
    how_met = TextField(default="")
    met_on = DateField(null=True)
    met_at_event = ForeignKeyField(Event, null=True, on_delete="SET NULL")
    met_at_event_id: int | None
    introduced_by = ForeignKeyField("self", null=True, on_delete="SET NULL")
    introduced_by_id: int | None
    tie_strength = TextField(default="weak")
    cadence_days = IntegerField(null=True)
    interests = TextField(default="")
    family = TextField(default="")
    remember = TextField(default="")
    notes = TextField(default="")
    birthday = DateField(null=True)
    created_at = DateTimeField()
    updated_at = DateTimeField()
    deleted_at = DateTimeField(null=True)
    last_interaction_at = MomentField(null=True, index=True)
    uid = TextField(null=True, unique=True)  # the card's UID (given by a trigger if unset)
    archived_at = DateTimeField(null=True)  # its card was deleted from the address book


# migration 0009: what the reconnect suggestions read, without touching the table
Contact.add_index(Contact.tie_strength, Contact.cadence_days, Contact.created_at,
                  Contact.last_interaction_at, Contact.deleted_at, name="contact_reconnect")


class ContactDetail(BaseModel):
    id = AutoField()
    contact = ForeignKeyField(Contact, backref="details", on_delete="CASCADE")
    contact_id: int
    kind = TextField()
    label = TextField(default="")
    value = TextField()
    normalized = TextField(default="")
    position = IntegerField(default=0)

    class Meta:
        indexes = ((("kind", "normalized"), False),)


class Tag(BaseModel):
    id = AutoField()
    name = TextField(unique=True)


class ContactTag(BaseModel):
    contact = ForeignKeyField(Contact, on_delete="CASCADE", index=False)  # leads the key
    contact_id: int
    tag = ForeignKeyField(Tag, on_delete="CASCADE")
    tag_id: int

    class Meta:
        primary_key = CompositeKey("contact", "tag")


class Interaction(BaseModel):
    id = AutoField()
    occurred_at = MomentField(index=True)
    channel = TextField()
    direction = TextField()
    goal = TextField(default="")
    summary = TextField(default="")
    learned = TextField(default="")
    event = ForeignKeyField(Event, null=True, on_delete="SET NULL")
    event_id: int | None
    awaiting_reply = BooleanField(default=False)
    created_at = DateTimeField()
    updated_at = DateTimeField()
    deleted_at = DateTimeField(null=True)
    source_key = TextField(null=True, unique=True)  # what an import made it from


class Participant(BaseModel):
    interaction = ForeignKeyField(Interaction, on_delete="CASCADE", index=False)  # the key
    interaction_id: int
    contact = ForeignKeyField(Contact, on_delete="CASCADE")
    contact_id: int

    class Meta:
        primary_key = CompositeKey("interaction", "contact")


class Offer(BaseModel):
    id = AutoField()
    contact = ForeignKeyField(Contact, on_delete="CASCADE")
    contact_id: int
    text = TextField()
    status = TextField(default="idea")
    created_at = DateTimeField()
    updated_at = DateTimeField()


class Exchange(BaseModel):
    id = AutoField()
    contact = ForeignKeyField(Contact, on_delete="CASCADE")
    contact_id: int
    direction = TextField()
    kind = TextField()
    description = TextField(default="")
    occurred_on = DateField(null=True)
    status = TextField(default="done")
    created_at = DateTimeField()


class FollowUp(BaseModel):
    id = AutoField()
    contact = ForeignKeyField(Contact, on_delete="CASCADE")
    contact_id: int
    due_on = DateField()
    kind = TextField()
    reason = TextField(default="")
    status = TextField(default="open")
    attempt = IntegerField(null=True)
    origin_interaction = ForeignKeyField(Interaction, null=True, on_delete="SET NULL")
    origin_interaction_id: int | None
    created_at = DateTimeField()
    closed_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("status", "due_on"), False),)


class Introduction(BaseModel):
    id = AutoField()
    person = ForeignKeyField(Contact, on_delete="CASCADE")
    person_id: int
    introducer = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    introducer_id: int | None
    to_contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    to_contact_id: int | None
    direction = TextField(default="received")
    made_on = DateField(null=True)
    asked_first = BooleanField(default=False)
    outcome = TextField(default="pending")
    notes = TextField(default="")
    created_at = DateTimeField()


class ConnectionRequest(BaseModel):
    id = AutoField()
    direction = TextField(default="incoming")
    name = TextField()
    network = TextField(default="")
    profile_url = TextField(default="")
    message = TextField(default="")
    mutual_connections = IntegerField(default=0)
    has_photo = BooleanField(default=False)
    profile_filled = BooleanField(default=False)
    received_on = DateField(null=True)
    decision = TextField(default="pending", index=True)
    decided_at = DateTimeField(null=True)
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    contact_id: int | None
    created_at = DateTimeField()
    source_key = TextField(null=True, unique=True)  # what an import made it from


class VdirState(BaseModel):
    """One card of the address-book folder as last synced (see migration 0005)."""

    uid = TextField(primary_key=True)
    folder = TextField()
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    contact_id: int | None
    file_name = TextField()
    size = IntegerField()
    mtime_ns = IntegerField()
    content_hash = TextField()
    journal_rev = TextField(default="")
    base = TextField(default="{}")
    synced_at = DateTimeField()


class ContactHistory(BaseModel):
    """A value a sync did not take, kept beside the contact."""

    id = AutoField()
    contact = ForeignKeyField(Contact, on_delete="CASCADE")
    contact_id: int
    occurred_at = DateTimeField()
    source = TextField()
    field = TextField()
    kept = TextField(default="")
    other = TextField(default="")


MODELS: tuple[type[BaseModel], ...] = (
    Event, Contact, ContactDetail, Tag, ContactTag, Interaction, Participant, Offer,
    Exchange, FollowUp, Introduction, ConnectionRequest, VdirState, ContactHistory,
)
