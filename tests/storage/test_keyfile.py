"""The key file: the data key wrapped by the passphrase and by the recovery key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netjournal.storage import keyed, keyfile
from netjournal.storage.keyfile import KeyFileError, WrongSecretError


def test_the_passphrase_and_the_recovery_key_open_the_same_data_key(tmp_path: Path) -> None:
    data_key = keyfile.new_data_key()
    recovery = keyfile.new_recovery_key()
    path = tmp_path / keyed.KEY_FILE_NAME
    keyfile.save(path, keyfile.create(data_key, "correct horse", recovery))
    loaded = keyfile.load(path)
    assert keyfile.open_with_passphrase(loaded, "correct horse") == data_key
    assert keyfile.open_with_recovery(loaded, recovery) == data_key
    # typed by a person: lower case, spaces instead of dashes
    assert keyfile.open_with_recovery(loaded, recovery.lower().replace("-", " ")) == data_key
    text = path.read_text()
    assert data_key.hex() not in text and "correct horse" not in text
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_wrong_secrets_are_refused(tmp_path: Path) -> None:
    data_key = keyfile.new_data_key()
    made = keyfile.create(data_key, "right", keyfile.new_recovery_key())
    for wrong in ("wrong", "", "right "):
        with pytest.raises(WrongSecretError):
            keyfile.open_with_passphrase(made, wrong)
    with pytest.raises(WrongSecretError):
        keyfile.open_with_recovery(made, keyfile.new_recovery_key())
    # the passphrase does not open the recovery wrap, nor the other way round
    with pytest.raises(WrongSecretError):
        keyfile.open_with_recovery(made, "right")


def test_a_new_passphrase_replaces_the_old_one_and_keeps_the_recovery() -> None:
    data_key = keyfile.new_data_key()
    recovery = keyfile.new_recovery_key()
    made = keyfile.with_passphrase(keyfile.create(data_key, "old", recovery), data_key, "new")
    assert keyfile.open_with_passphrase(made, "new") == data_key
    assert keyfile.open_with_recovery(made, recovery) == data_key
    with pytest.raises(WrongSecretError):
        keyfile.open_with_passphrase(made, "old")


def test_without_a_recovery_key_recovery_says_so() -> None:
    made = keyfile.create(keyfile.new_data_key(), "p", None)
    with pytest.raises(WrongSecretError, match="without a recovery key"):
        keyfile.open_with_recovery(made, "anything")


def test_a_missing_or_foreign_key_file_is_an_error_in_words(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="missing"):
        keyfile.load(tmp_path / "netjournal.key")
    other = tmp_path / "other.key"
    other.write_text(json.dumps({"format": "something else"}))
    with pytest.raises(KeyFileError, match="not a NetJournal key file"):
        keyfile.load(other)
    other.write_text("{not json")
    with pytest.raises(KeyFileError, match="cannot be read"):
        keyfile.load(other)


def test_recovery_keys_are_fresh_and_grouped() -> None:
    keys = {keyfile.new_recovery_key() for _ in range(20)}
    assert len(keys) == 20
    for key in keys:
        groups = key.split("-")
        assert len(groups) == 8 and all(len(g) == 4 and g.isalnum() for g in groups)


@settings(max_examples=5, deadline=None)  # each example derives two scrypt keys
@given(st.text(min_size=1, max_size=40).filter(lambda s: "\x00" not in s))
def test_any_passphrase_opens_its_own_wrap(secret: str) -> None:
    data_key = keyfile.new_data_key()
    made = keyfile.create(data_key, secret, None)
    assert keyfile.open_with_passphrase(made, secret) == data_key
