"""LinkedIn's Invitations.csv, messages.csv and the whole export ZIP, through a real journal."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from netjournal.domain.values import Channel, Direction, RequestDecision, RequestDirection
from netjournal.interop import InteropError
from netjournal.interop.files import detect_format, import_file
from netjournal.interop.model import Action, Format, Kind
from netjournal.storage.relations import RequestView
from netjournal.storage.search import ContactFilter

DATA = Path(__file__).with_name("data")
CONNECTIONS = DATA / "Connections.csv"
INVITATIONS = DATA / "Invitations.csv"
MESSAGES = DATA / "messages.csv"
LATER = DATA / "Connections_later.csv"


def _by_name(store, name):
    ids = store.contacts.find_by_name(name)
    assert len(ids) == 1, (name, ids)
    return store.contacts.get(ids[0])


def _incoming(store):
    return store.requests.all(direction=RequestDirection.INCOMING)


def test_done_when_connections_then_invitations_and_messages_twice(store):
    import_file(store, CONNECTIONS)
    contacts_before = store.search.count(ContactFilter())
    first = import_file(store, INVITATIONS)
    again = import_file(store, INVITATIONS)
    assert (first.kind, first.imported, len(again.skipped), again.imported) == (
        Kind.REQUESTS, 5, 5, 0)
    incoming = _incoming(store)
    assert len(incoming) == 4  # one request for each of the 4 INCOMING rows
    messages = {r.name: r.message for r in incoming}
    assert messages["Rizky Pratama"] == (
        'Hi Ayu, I enjoyed your talk "Design systems at scale" at JakartaJS, because we '
        "both work on design tooling, I'd love to connect 🙏✨")
    assert messages["Maya Anggraini"].startswith('Halo Ayu, saya juga bekerja di bidang UX, '
                                                 '"research ops", dan')
    assert messages["Maya Anggraini"].endswith("Terima kasih! 😊")
    assert messages["Budi Santoso"] == ""
    assert {r.decision for r in incoming} == {RequestDecision.PENDING}
    assert store.requests.count(RequestView.PENDING) == 4
    sent = store.requests.all(direction=RequestDirection.OUTGOING)
    assert [(r.name, r.received_on) for r in sent] == [("Hendra Gunawan",
                                                         dt.date(2026, 11, 15))]
    assert sent[0].message.startswith("Hi Hendra, we met at the Tech in Asia panel")

    import_file(store, MESSAGES)
    second = import_file(store, MESSAGES)
    assert second.imported == 0 and {o.note for o in second.skipped} >= {"already imported"}
    sari = _by_name(store, "Sari Wijaya")
    timeline = store.interactions.for_contact(sari.id)
    assert 1 <= len(timeline) <= 3  # her three messages: one entry per conversation-day
    last = timeline[0]
    assert last.occurred_at.date() == dt.date(2026, 11, 4)
    assert last.channel != Channel.IN_PERSON and last.channel == Channel.MESSAGE
    assert _by_name(store, "Sari Wijaya").last_interaction_at == last.occurred_at
    assert [i.direction for i in reversed(timeline)] == [Direction.OUTBOUND,
                                                         Direction.INBOUND]
    assert "Figma tokens" in last.summary and last.summary.startswith("Sari Wijaya:")

    budi = _by_name(store, "Budi Santoso")  # URL with capitals and a trailing slash
    assert store.search.count(ContactFilter()) == contacts_before
    assert len(store.interactions.for_contact(budi.id)) == 1
    budi_request = next(r for r in incoming if r.name == "Budi Santoso")
    assert budi_request.contact_id == budi.id


def test_received_on_reads_two_and_four_digit_years(store):
    import_file(store, INVITATIONS)
    days = {r.name: r.received_on for r in _incoming(store)}
    assert days == {"Rizky Pratama": dt.date(2026, 11, 30),
                    "Victor Visionary": dt.date(2026, 11, 28),
                    "Budi Santoso": dt.date(2025, 10, 2),
                    "Maya Anggraini": dt.date(2026, 12, 1)}


def test_the_report_gives_each_incoming_request_its_verdict_and_reasons(store):
    report = import_file(store, INVITATIONS, red_flags=("crypto", "passive income"))
    notes = {o.name: o.note for o in report.outcomes}
    assert notes["Victor Visionary"].startswith("likely decline:")
    assert "red flag 'crypto'" in notes["Victor Visionary"]
    assert notes["Rizky Pratama"].startswith("look closer:")
    assert "mentions your work ('your talk')" in notes["Rizky Pratama"]
    assert notes["Budi Santoso"].startswith("likely decline: no message")
    assert notes["Hendra Gunawan"].startswith("sent by you with the note")


def test_messages_are_searchable_and_strangers_are_counted_not_added(store):
    import_file(store, CONNECTIONS)
    before = store.search.count(ContactFilter())
    report = import_file(store, MESSAGES)
    assert store.search.count(ContactFilter()) == before
    assert store.search.interaction_ids("Figma")  # the search index follows the import
    strangers = {s.name: s for s in report.strangers}
    assert set(strangers) == {"Rizky Pratama", "Talent Hunter"}
    assert strangers["Talent Hunter"].profile_url.endswith("/in/talent-hunter-99")
    group = [o for o in report.outcomes if o.name == "Dewi Lestari"]
    assert group and "not in the journal: Rizky Pratama" in group[0].note
    assert group[0].note.startswith("2026-09-12: JakartaJS speakers: Dewi Lestari:")
    nobody = [o for o in report.outcomes if o.action == Action.SKIP]
    assert [o.name for o in nobody] == ["Talent Hunter"]


def test_adding_a_stranger_then_importing_again_brings_only_their_conversation(store):
    import_file(store, CONNECTIONS)
    import_file(store, MESSAGES)
    hunter = store.contacts.create("Talent Hunter")
    from netjournal.domain.values import Detail, DetailKind
    store.contacts.add_details(hunter.id, [Detail(
        DetailKind.LINK, "https://www.linkedin.com/in/talent-hunter-99", "linkedin")])
    report = import_file(store, MESSAGES)
    assert report.imported == 1
    assert len(store.interactions.for_contact(hunter.id)) == 1


def test_a_later_connections_file_marks_the_requests_accepted(store):
    import_file(store, INVITATIONS)
    report = import_file(store, LATER)
    assert report.accepted == 2
    maya = _by_name(store, "Maya Anggraini")
    hendra = _by_name(store, "Hendra Gunawan")
    requests = {r.name: r for r in store.requests.all()}
    assert requests["Maya Anggraini"].decision == RequestDecision.ACCEPTED
    assert requests["Maya Anggraini"].contact_id == maya.id
    assert requests["Hendra Gunawan"].decision == RequestDecision.ACCEPTED  # the sent one
    assert requests["Hendra Gunawan"].contact_id == hendra.id
    assert requests["Rizky Pratama"].decision == RequestDecision.PENDING
    assert import_file(store, LATER).accepted == 0


def test_dry_runs_write_nothing(store):
    import_file(store, CONNECTIONS)
    preview = import_file(store, INVITATIONS, dry_run=True)
    assert preview.imported == 5 and store.requests.all() == []
    preview = import_file(store, MESSAGES, dry_run=True)
    assert preview.imported == 4
    assert store.interactions.ids_for_contact() == []


def test_formats_are_told_apart_by_content():
    assert detect_format(INVITATIONS.read_bytes()) == Format.LINKEDIN_INVITATIONS
    assert detect_format(MESSAGES.read_bytes()) == Format.LINKEDIN_MESSAGES
    assert detect_format(CONNECTIONS.read_bytes()) == Format.LINKEDIN


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_whole_export_zip_imports_connections_invitations_then_messages(store, tmp_path):
    path = _zip(tmp_path / "Basic_LinkedInDataExport_12-05-2026.zip", {
        "messages.csv": MESSAGES.read_bytes(),  # order in the archive does not matter
        "Invitations.csv": INVITATIONS.read_bytes(),
        "Connections.csv": CONNECTIONS.read_bytes(),
        "Profile.csv": b"First Name,Last Name\nAyu,Lestari\n",
    })
    assert detect_format(path.read_bytes()) == Format.LINKEDIN_EXPORT
    preview = import_file(store, path, dry_run=True)
    assert store.search.count(ContactFilter()) == 0
    report = import_file(store, path)
    assert [name for name, _ in report.parts] == ["Connections.csv", "Invitations.csv",
                                                  "messages.csv"]
    assert [p.imported for _, p in report.parts] == [4, 5, 4]
    assert [p.imported for _, p in preview.parts] == [4, 5, 4]
    assert report.outcomes[0].where.startswith("Connections.csv, line ")
    sari = _by_name(store, "Sari Wijaya")
    assert len(store.interactions.for_contact(sari.id)) == 2
    again = import_file(store, path, Format.LINKEDIN_EXPORT)
    assert [p.imported for _, p in again.parts] == [0, 0, 0]


def test_a_zip_without_the_export_files_is_refused_in_words(store, tmp_path):
    path = _zip(tmp_path / "photos.zip", {"a.jpg": b"\xff\xd8"})
    with pytest.raises(InteropError, match=r"none of LinkedIn's Connections\.csv"):
        import_file(store, path)
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(InteropError, match="cannot be read"):
        import_file(store, broken)
    with pytest.raises(InteropError, match="ZIP archive, not a linkedin-messages"):
        import_file(store, path, Format.LINKEDIN_MESSAGES)


def test_their_message_closes_the_outreach_chains_it_answers(store):
    from netjournal.storage import journal

    import_file(store, CONNECTIONS)
    sari = _by_name(store, "Sari Wijaya")
    budi = _by_name(store, "Budi Santoso")
    before = journal.log_outreach(store, sari.id, "Coffee soon?",
                                  when=dt.datetime(2026, 10, 30, 9, tzinfo=dt.UTC))
    after = journal.log_outreach(store, budi.id, "How did the hiring go?",
                                 when=dt.datetime(2026, 11, 20, 9, tzinfo=dt.UTC))
    assert store.followups.for_contact(sari.id, open_only=True)
    preview = import_file(store, MESSAGES, dry_run=True)
    assert preview.imported == 4 and store.followups.for_contact(sari.id, open_only=True)
    import_file(store, MESSAGES)
    assert store.followups.for_contact(sari.id, open_only=True) == []  # she replied
    assert not store.interactions.get(before.interaction.id).awaiting_reply
    # Budi's message of 20 October came before the outreach of 20 November: still waiting
    assert store.followups.for_contact(budi.id, open_only=True)
    assert store.interactions.get(after.interaction.id).awaiting_reply


MEMBER_ID_MESSAGES = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER\n"
    "c1,,Sari Wijaya,https://www.linkedin.com/in/ACoAABcD1234efGH5678ijKL90mnOP,Ayu Lestari,"
    "https://www.linkedin.com/in/ACoAAAyu0000aaaa1111bbbb2222cc,2026-11-06 10:00:00 UTC,,"
    "Lunch on Friday?,INBOX\n"
    "c2,,Budi Santoso,https://www.linkedin.com/in/budi-santoso-other,Ayu Lestari,"
    "https://www.linkedin.com/in/ACoAAAyu0000aaaa1111bbbb2222cc,2026-11-07 10:00:00 UTC,,"
    "Hi, another Budi here,INBOX\n")


def test_member_id_addresses_match_by_name_but_a_namesakes_public_address_does_not(
        store, tmp_path):
    import_file(store, CONNECTIONS)
    path = tmp_path / "messages.csv"
    path.write_text(MEMBER_ID_MESSAGES, encoding="utf-8")
    report = import_file(store, path)
    sari = _by_name(store, "Sari Wijaya")
    assert [i.summary for i in store.interactions.for_contact(sari.id)] == [
        "Sari Wijaya: Lunch on Friday?"]
    assert [s.name for s in report.strangers] == ["Budi Santoso"]  # the other Budi
    assert store.interactions.for_contact(_by_name(store, "Budi Santoso").id) == []
