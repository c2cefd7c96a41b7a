"""Where the passphrase of an encrypted journal comes from: one precedence, one place.

In order, as users of restic and borg expect: the ``NETJOURNAL_PASSPHRASE`` variable,
else a file given with ``--passphrase-file``, else the output of the command in
``NETJOURNAL_PASSPHRASE_COMMAND`` (e.g. ``pass show netjournal``), else the desktop
keyring when the user chose "remember on this computer", else a prompt on a terminal
(never echoed; asked twice when a new one is being set). The app asks in a dialog instead
of the terminal prompt.

A passphrase is never written to the settings, a log or a command line: this module only
reads it and hands it on. Qt-free, used by the command line and the app alike.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TextIO

log = logging.getLogger(__name__)

ENV_PASSPHRASE = "NETJOURNAL_PASSPHRASE"
ENV_NEW_PASSPHRASE = "NETJOURNAL_NEW_PASSPHRASE"
ENV_COMMAND = "NETJOURNAL_PASSPHRASE_COMMAND"
ENV_RECOVERY_KEY = "NETJOURNAL_RECOVERY_KEY"
KEYRING_SERVICE = "netjournal"
COMMAND_TIMEOUT_S = 60.0

HOW_TO_GIVE = (f"give its passphrase with {ENV_PASSPHRASE}, --passphrase-file FILE or "
               f"{ENV_COMMAND}")
"""The ways to give a passphrase, for messages."""


class PassphraseError(Exception):
    """A passphrase source was named but gave nothing usable; the message says which."""


def _one_line(text: str) -> str:
    """``text`` without one trailing newline (``\\n`` or ``\\r\\n``), as ``pass`` prints it."""
    if text.endswith("\r\n"):
        return text[:-2]
    return text[:-1] if text.endswith("\n") else text


def read_file(path: Path) -> str:
    """The passphrase kept in ``path``: its text without one trailing newline."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else "not UTF-8 text"
        raise PassphraseError(f"cannot read the passphrase file {path}: {reason}") from e
    passphrase = _one_line(text)
    if not passphrase:
        raise PassphraseError(f"the passphrase file {path} is empty")
    return passphrase


def run_command(command: str) -> str:
    """The passphrase a command prints on its standard output (one trailing newline off).

    The command is split like a shell line but not run through a shell; its standard
    error goes to ours (where ``pass`` or ``gpg`` ask for their own secret).
    """
    import shlex
    import subprocess  # only when a command gives the passphrase

    try:
        argv = shlex.split(command)
    except ValueError as e:
        raise PassphraseError(f"{ENV_COMMAND} cannot be read as a command: {e}") from e
    if not argv:
        raise PassphraseError(f"{ENV_COMMAND} is empty")
    try:
        done = subprocess.run(argv, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL,
                              timeout=COMMAND_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise PassphraseError(f"the passphrase command {argv[0]} could not run: "
                              f"{getattr(e, 'strerror', None) or e}") from e
    if done.returncode != 0:
        raise PassphraseError(f"the passphrase command {argv[0]} failed "
                              f"(exit status {done.returncode})")
    passphrase = _one_line(done.stdout.decode("utf-8", errors="replace"))
    if not passphrase:
        raise PassphraseError(f"the passphrase command {argv[0]} printed nothing")
    return passphrase


def given(passphrase_file: Path | None = None,
          environ: Mapping[str, str] | None = None) -> str | None:
    """The passphrase given without asking: variable, file, then command; else None.

    Raises:
        PassphraseError: the file or command was named but gave no passphrase.
    """
    env = os.environ if environ is None else environ
    if env.get(ENV_PASSPHRASE):
        return env[ENV_PASSPHRASE]
    if passphrase_file is not None:
        return read_file(passphrase_file)
    if env.get(ENV_COMMAND):
        return run_command(env[ENV_COMMAND])
    return None


def new_given(new_passphrase_file: Path | None = None,
              environ: Mapping[str, str] | None = None, *,
              variable: str = ENV_NEW_PASSPHRASE) -> str | None:
    """A new passphrase given without asking: ``--new-passphrase-file``, else ``variable``."""
    env = os.environ if environ is None else environ
    if new_passphrase_file is not None:
        return read_file(new_passphrase_file)
    return env.get(variable) or None


# the desktop keyring ----------------------------------------------------------------------

def _keyring_call(what: str, call: Callable[[], str | None]) -> str | None:
    """Run a keyring call; no keyring (no backend, locked, no D-Bus) is not an error."""
    try:
        return call()
    except ImportError:
        return None
    except Exception as e:  # backends raise their own kinds; all mean "none"
        log.info("the desktop keyring could not %s: %s", what, type(e).__name__)
        return None


def keyring_usable() -> bool:
    """Whether a desktop keyring is there to remember a key (never an error)."""
    def probe() -> str | None:
        import keyring
        from keyring.backends import fail

        return None if isinstance(keyring.get_keyring(), fail.Keyring) else "ok"

    return _keyring_call("be found", probe) == "ok"


def remembered(account: str) -> str | None:
    """The secret kept in the desktop keyring for ``account``, or None (never an error)."""
    def get() -> str | None:
        import keyring

        value: str | None = keyring.get_password(KEYRING_SERVICE, account)
        return value

    return _keyring_call("read", get)


def remember(account: str, secret: str) -> bool:
    """Keep ``secret`` in the desktop keyring; False when there is no usable keyring."""
    def put() -> str | None:
        import keyring

        keyring.set_password(KEYRING_SERVICE, account, secret)
        return "ok"

    return _keyring_call("store", put) == "ok"


def forget(account: str) -> None:
    """Remove what the desktop keyring keeps for ``account`` (nothing if it keeps none)."""
    def delete() -> str | None:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, account)
        return None

    _keyring_call("forget", delete)


# the terminal -----------------------------------------------------------------------------

def can_prompt(stream: TextIO | None = None) -> bool:
    """Whether a person at a terminal can be asked (standard input is a terminal)."""
    stream = sys.stdin if stream is None else stream
    with contextlib.suppress(AttributeError, ValueError, OSError):
        return stream.isatty()
    return False


def prompt(label: str = "Passphrase: ", *, confirm: bool = False,
           ask: Callable[[str], str] | None = None) -> str | None:
    """Ask on the terminal (not echoed: ``getpass``, unless ``ask`` is given); twice when
    ``confirm`` (a new passphrase).

    Returns None where nobody can be asked (no terminal).

    Raises:
        PassphraseError: the answer was empty or the two answers differ.
    """
    if ask is None:
        if not can_prompt():
            return None
        import getpass  # its terminal handling, only when someone is asked

        ask = getpass.getpass
    first = ask(label)
    if not first:
        raise PassphraseError("the passphrase is empty")
    if confirm and ask("Again, to be sure: ") != first:
        raise PassphraseError("the two passphrases differ; nothing was changed")
    return first


__all__ = ["ENV_COMMAND", "ENV_NEW_PASSPHRASE", "ENV_PASSPHRASE", "ENV_RECOVERY_KEY",
           "HOW_TO_GIVE", "PassphraseError", "can_prompt", "forget", "given", "keyring_usable",
           "new_given",
           "prompt", "read_file", "remember", "remembered", "run_command"]
