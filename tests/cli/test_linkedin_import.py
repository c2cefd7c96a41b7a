"""``netjournal import`` with LinkedIn's invitations, messages and whole export ZIP."""

from __future__ import annotations

import zipfile

from tests.interop.test_linkedin_export import CONNECTIONS, INVITATIONS, MESSAGES


def test_invitations_then_again_report_added_and_skipped(cli):
    first = cli("import", str(INVITATIONS))
    assert first.code == 0, first.err
    lines = first.out.splitlines()
    assert lines[0] == "connection requests: imported 5, skipped 0, rejected 0"
    assert lines[2].startswith("  added line 3 (Victor Visionary): likely decline: ")
    again = cli("import", str(INVITATIONS), "--format", "linkedin-invitations", "--json")
    assert again.code == 0
    data = again.json()
    assert (data["kind"], data["imported"], len(data["skipped"])) == (
        "connection_requests", 0, 5)
    assert data["skipped"][0] == {"where": "line 2", "name": "Rizky Pratama",
                                  "reason": "already imported"}


def test_messages_report_the_people_not_in_the_journal(cli):
    assert cli("import", str(CONNECTIONS)).code == 0
    result = cli("import", str(MESSAGES))
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == "conversations (one a day): imported 4, skipped 1, rejected 0"
    assert "  skipped 1: nobody in this conversation is in the journal" in lines
    assert ("    Talent Hunter <https://www.linkedin.com/in/talent-hunter-99>, "
            "1 conversation day") in lines
    data = cli("import", str(MESSAGES), "--format", "linkedin-messages", "--json").json()
    assert data["imported"] == 0
    assert [p["name"] for p in data["not_in_journal"]] == ["Rizky Pratama", "Talent Hunter"]


def test_a_rejected_row_gives_exit_status_2(cli, tmp_path):
    path = tmp_path / "Invitations.csv"
    path.write_text("From,To,Sent At,Message,Direction\n"
                    "Joko,Ayu,\"1/5/19, 8:01 PM\",Hi,INCOMING\n"
                    "Ayu,Nadia,\"1/5/19, 8:01 PM\",,SIDEWAYS\n", encoding="utf-8")
    result = cli("import", str(path))
    assert result.code == 2
    assert ("  rejected line 3: the direction 'SIDEWAYS' is neither INCOMING nor OUTGOING"
            in result.out.splitlines())


def test_a_whole_export_zip_and_one_without_the_files(cli, tmp_path):
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for member in (CONNECTIONS, INVITATIONS, MESSAGES):
            archive.write(member, f"Basic_LinkedInDataExport/{member.name}")
    result = cli("import", str(path), "--dry-run")
    assert result.code == 0, result.err
    assert result.out.splitlines()[:3] == [
        "dry run, nothing was changed", "Connections.csv:", "  imported 4, merged 0, rejected 0"]
    data = cli("import", str(path), "--json").json()
    assert [(f["file"], f["imported"]) for f in data["files"]] == [
        ("Connections.csv", 4), ("Invitations.csv", 5), ("messages.csv", 4)]
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("Profile.csv", "First Name\nAyu\n")
    refused = cli("import", str(empty))
    assert refused.code == 1 and refused.out == ""
    assert refused.err.strip().endswith("this ZIP holds none of LinkedIn's Connections.csv, "
                                        "Invitations.csv or messages.csv")
    assert len(refused.err.strip().splitlines()) == 1


def test_help_names_the_linkedin_formats(cli, capsys):
    import pytest

    with pytest.raises(SystemExit):
        cli("import", "--help", data=False)
    text = " ".join(capsys.readouterr().out.split())
    for word in ("linkedin-invitations", "linkedin-messages", "linkedin-export"):
        assert word in text
