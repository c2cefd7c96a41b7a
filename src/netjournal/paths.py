"""Where NetJournal keeps its files: one precedence, one place.

The data folder is, in order: the ``--data-dir`` flag, the ``NETJOURNAL_DATA_DIR``
environment variable, then platformdirs' user data folder for "netjournal". The folder is
created 0700 and every file the app creates in it is 0600, since a journal of people is
private. Folders and files that already exist keep the modes their owner gave them: a
journal made read-only stays read-only.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO

import platformdirs

from netjournal import APP_NAME

ENV_VAR = "NETJOURNAL_DATA_DIR"
DIR_MODE = 0o700
FILE_MODE = 0o600

DATABASE_NAME = "netjournal.sqlite3"
LOCK_NAME = "netjournal.lock"
APP_LOCK_NAME = "netjournal.app.lock"
SETTINGS_NAME = "settings.json"
BACKUP_DIR_NAME = "backups"
DRAFT_DIR_NAME = "drafts"


class PathsError(Exception):
    """The data folder cannot be used."""


def resolve_data_dir(flag: str | os.PathLike[str] | None = None,
                     environ: Mapping[str, str] | None = None) -> Path:
    """Return the data folder chosen by flag, then environment, then platformdirs."""
    env = os.environ if environ is None else environ
    if flag:
        return Path(flag).expanduser().absolute()
    if env.get(ENV_VAR):
        return Path(env[ENV_VAR]).expanduser().absolute()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class DataDir:
    """The data folder and the names of the files in it."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def resolve(cls, flag: str | os.PathLike[str] | None = None) -> DataDir:
        return cls(resolve_data_dir(flag))

    def __repr__(self) -> str:
        return f"DataDir({str(self.root)!r})"

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def lock(self) -> Path:
        return self.root / LOCK_NAME

    @property
    def app_lock(self) -> Path:
        return self.root / APP_LOCK_NAME

    def has_journal(self) -> bool:
        """Whether the folder holds a journal file (commands that only read need one)."""
        return self.database.is_file()

    @property
    def settings(self) -> Path:
        return self.root / SETTINGS_NAME

    @property
    def backups(self) -> Path:
        return self.root / BACKUP_DIR_NAME

    @property
    def drafts(self) -> Path:
        return self.root / DRAFT_DIR_NAME

    @property
    def geometry(self) -> Path:
        return self.root / "window.ini"

    def ensure(self) -> DataDir:
        """Create the folder (0700) if needed; an existing one keeps its modes."""
        ensure_private_dir(self.root)
        return self


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` and its parents (0700); a folder that exists keeps its modes."""
    if path.exists() and not path.is_dir():
        raise PathsError(f"cannot use the data folder {path}: it is a file, not a folder")
    try:
        if not path.is_dir():
            path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
            if os.name == "posix":  # mkdir's mode passes through the umask
                os.chmod(path, DIR_MODE)
    except OSError as e:
        raise PathsError(f"cannot use the data folder {path}: {e.strerror or e}") from e
    if not os.access(path, os.W_OK):
        raise PathsError(f"the data folder {path} is not writable")
    return path


def make_private(path: Path) -> None:
    """Set a file the app has just created to 0600 (no-op where modes mean nothing).

    Only for files this process made: a file the user already had keeps its modes.
    """
    if os.name == "posix" and path.exists():
        os.chmod(path, FILE_MODE)


@contextlib.contextmanager
def atomic_write(path: Path, mode: str = "w", encoding: str | None = "utf-8", *,
                 make_parents: bool = False) -> Iterator[IO]:  # type: ignore[type-arg]
    """Write ``path`` through a private temporary file and rename it into place.

    A crash or a full disk leaves either the old file or the new one, never half of it.
    The folder must exist unless ``make_parents`` (the app's own files): a typo in a
    path the user gave is an error, not a new folder.
    """
    if make_parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    binary = "b" in mode
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp_path = Path(tmp)
    try:
        os.chmod(tmp_path, FILE_MODE) if os.name == "posix" else None
        with os.fdopen(fd, mode, encoding=None if binary else encoding) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_path, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise
