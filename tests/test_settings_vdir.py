"""The address-book sync settings: saved, read back, and bad values refused in words."""

import json

import pytest

from netjournal import settings as settings_mod
from netjournal.settings import Settings, SettingsError


def test_the_sync_settings_survive_the_file(tmp_path):
    path = tmp_path / "settings.json"
    chosen = Settings(vdir_folder="/home/budi/.contacts/netjournal", vdir_version="3.0",
                      vdir_note=True)
    settings_mod.save(path, chosen)
    assert settings_mod.load(path) == chosen
    assert Settings().vdir_folder == "" and Settings().vdir_version == "4.0"


@pytest.mark.parametrize(("key", "value", "words"), [
    ("vdir_version", "2.1", "unknown vCard version"),
    ("vdir_note", "yes", "vdir_note must be true or false"),
])
def test_a_bad_sync_setting_is_refused_in_words(tmp_path, key, value, words):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({key: value}), encoding="utf-8")
    with pytest.raises(SettingsError, match=words):
        settings_mod.load(path)
