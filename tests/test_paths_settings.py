"""The data folder's precedence and privacy; settings saved as JSON."""

import json
import os
import stat

import platformdirs
import pytest

from netjournal import settings as settings_mod
from netjournal.paths import DataDir, PathsError, atomic_write, resolve_data_dir
from netjournal.settings import Settings, SettingsError


def test_precedence_flag_then_environment_then_platformdirs(tmp_path):
    env = {"NETJOURNAL_DATA_DIR": str(tmp_path / "env")}
    assert resolve_data_dir(tmp_path / "flag", env) == tmp_path / "flag"
    assert resolve_data_dir(None, env) == tmp_path / "env"
    expected = platformdirs.user_data_dir("netjournal", appauthor=False)
    assert str(resolve_data_dir(None, {})) == expected


def test_folder_is_created_private_and_an_existing_one_keeps_its_modes(tmp_path):
    root = tmp_path / "a" / "b"
    DataDir(root).ensure()
    assert stat.S_IMODE(os.stat(root).st_mode) == 0o700
    os.chmod(root, 0o750)  # the user's choice is theirs: never loosened or tightened
    DataDir(root).ensure()
    assert stat.S_IMODE(os.stat(root).st_mode) == 0o750


def test_unusable_folder_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(PathsError, match="cannot use the data folder"):
        DataDir(blocker / "inside").ensure()


def test_atomic_write_is_private_and_all_or_nothing(tmp_path):
    target = tmp_path / "f.json"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_write(target) as fh:
        fh.write("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]
    with atomic_write(target) as fh:
        fh.write("new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_settings_round_trip_and_defaults(tmp_path):
    path = tmp_path / "settings.json"
    assert settings_mod.load(path) == Settings()
    mine = Settings(language="id", first_follow_up_days=10,
                    red_flag_phrases=("visionary thinker", "🚀", "guru"))
    settings_mod.save(path, mine)
    assert settings_mod.load(path) == mine
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    data = json.loads(path.read_text(encoding="utf-8"))
    data["from_a_newer_version"] = 1
    path.write_text(json.dumps(data), encoding="utf-8")
    assert settings_mod.load(path) == mine


@pytest.mark.parametrize("text, message", [
    ("{not json", "not valid JSON"),
    ("[1, 2]", "does not hold a settings object"),
    ('{"first_follow_up_days": 3}', "between 7 and 14"),
])
def test_bad_settings_file_is_explained(tmp_path, text, message):
    path = tmp_path / "settings.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError, match=message):
        settings_mod.load(path)
