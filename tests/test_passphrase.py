"""Where the passphrase comes from: variable, file, command, keyring, prompt, in that order."""

from __future__ import annotations

import sys
from pathlib import Path

import keyring
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from keyring.backend import KeyringBackend

from netjournal import passphrase
from netjournal.passphrase import PassphraseError


def _command(text: str) -> str:
    """A command line that prints ``text`` exactly (shlex quoting, no shell)."""
    import shlex

    return shlex.join([sys.executable, "-c", f"import sys; sys.stdout.write({text!r})"])


def test_the_variable_comes_first(tmp_path: Path) -> None:
    f = tmp_path / "p"
    f.write_text("from file\n")
    env = {"NETJOURNAL_PASSPHRASE": "from variable",
           "NETJOURNAL_PASSPHRASE_COMMAND": _command("from command")}
    assert passphrase.given(f, env) == "from variable"
    del env["NETJOURNAL_PASSPHRASE"]
    assert passphrase.given(f, env) == "from file"
    assert passphrase.given(None, env) == "from command"
    assert passphrase.given(None, {}) is None


def test_the_file_loses_one_trailing_newline_only(tmp_path: Path) -> None:
    f = tmp_path / "p"
    f.write_bytes(b"  spaces kept  \n\n")
    assert passphrase.read_file(f) == "  spaces kept  \n"
    f.write_bytes(b"crlf\r\n")
    assert passphrase.read_file(f) == "crlf"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1))
def test_any_text_without_a_newline_at_its_end_comes_back_whole(text: str) -> None:
    # a carriage return before the line's end is the CRLF line end, not the passphrase's
    assume(not text.endswith("\r"))
    assert passphrase._one_line(text + "\n") == text
    if not text.endswith("\n"):
        assert passphrase._one_line(text) == text


def test_an_empty_or_missing_file_is_an_error_in_words(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.write_text("\n")
    with pytest.raises(PassphraseError, match="is empty"):
        passphrase.read_file(empty)
    with pytest.raises(PassphraseError, match="cannot read the passphrase file"):
        passphrase.read_file(tmp_path / "nope")


def test_the_command_prints_the_passphrase() -> None:
    assert passphrase.run_command(_command("pass word\n")) == "pass word"


def test_a_failing_or_silent_command_is_an_error_in_words() -> None:
    with pytest.raises(PassphraseError, match="exit status 3"):
        passphrase.run_command(f"{sys.executable} -c 'raise SystemExit(3)'")
    with pytest.raises(PassphraseError, match="printed nothing"):
        passphrase.run_command(_command(""))
    with pytest.raises(PassphraseError, match="could not run"):
        passphrase.run_command("/no/such/program")
    with pytest.raises(PassphraseError, match="cannot be read"):
        passphrase.run_command("'unclosed")


def test_a_new_passphrase_is_asked_twice() -> None:
    answers = iter(["one", "one"])
    assert passphrase.prompt(confirm=True, ask=lambda _: next(answers)) == "one"
    answers = iter(["one", "two"])
    with pytest.raises(PassphraseError, match="differ"):
        passphrase.prompt(confirm=True, ask=lambda _: next(answers))
    with pytest.raises(PassphraseError, match="empty"):
        passphrase.prompt(ask=lambda _: "")


def test_no_terminal_means_no_prompt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", open("/dev/null"))  # noqa: SIM115
    try:
        assert passphrase.prompt() is None
    finally:
        sys.stdin.close()


def test_without_a_keyring_nothing_fails() -> None:
    # conftest sets keyring's "fail" backend: no keyring on this computer
    assert passphrase.remembered("x") is None
    assert passphrase.remember("x", "secret") is False
    passphrase.forget("x")


class _MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps secrets in a dict (keyring's own backend API)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.kept[(service, username)]


def test_the_keyring_keeps_and_forgets() -> None:
    before = keyring.get_keyring()
    memory = _MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        assert passphrase.remember("/data/netjournal.sqlite3", "abc")
        assert memory.kept == {("netjournal", "/data/netjournal.sqlite3"): "abc"}
        assert passphrase.remembered("/data/netjournal.sqlite3") == "abc"
        passphrase.forget("/data/netjournal.sqlite3")
        passphrase.forget("/data/netjournal.sqlite3")  # twice: still no error
        assert passphrase.remembered("/data/netjournal.sqlite3") is None
    finally:
        keyring.set_keyring(before)
