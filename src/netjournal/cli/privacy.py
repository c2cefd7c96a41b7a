"""``encrypt``, ``decrypt`` and ``change-passphrase``: a journal only its owner can open."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from netjournal import passphrase
from netjournal.cli.common import (
    CommandError,
    add_command,
    counted,
    refuse_on_server,
    require_journal,
)
from netjournal.cli.words import fill, translate
from netjournal.storage import StorageError, cipher, keyed


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(sub, "encrypt", cmd_encrypt,
                    "encrypt the journal and its backups with a passphrase (SQLCipher)")
    p.add_argument("--new-passphrase-file", metavar="FILE", type=Path,
                   help="read the new passphrase from FILE (else "
                        f"${passphrase.ENV_PASSPHRASE}, --passphrase-file, "
                        f"${passphrase.ENV_COMMAND}, a prompt asked twice)")
    p.add_argument("--no-recovery-key", action="store_true",
                   help="make no recovery key (a forgotten passphrase then loses the journal)")
    p.add_argument("--recovery-pdf", metavar="FILE.pdf", type=Path,
                   help="also write the recovery key on a one-page PDF to print")

    add_command(sub, "decrypt", cmd_decrypt,
                "turn the encrypted journal and its backups back into plain files")

    p = add_command(sub, "change-passphrase", cmd_change_passphrase,
                    "give the encrypted journal a new passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE", type=Path,
                   help="read the new passphrase from FILE (else "
                        f"${passphrase.ENV_NEW_PASSPHRASE}, a prompt asked twice)")
    p.add_argument("--with-recovery-key", action="store_true",
                   help="open the journal with its recovery key (from "
                        f"${passphrase.ENV_RECOVERY_KEY} or a prompt) instead of the "
                        "forgotten passphrase")


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def _new_passphrase(args: argparse.Namespace, *, encrypting: bool) -> str:
    try:
        if args.new_passphrase_file is not None:
            return passphrase.read_file(args.new_passphrase_file)
        given = (passphrase.given(getattr(args, "passphrase_file", None)) if encrypting
                 else passphrase.new_given())
        if given is None:
            given = passphrase.prompt(translate("cli", "New passphrase: "), confirm=True)
    except passphrase.PassphraseError as e:
        raise CommandError(f"{e}; nothing was changed") from e
    if given is None:
        variable = passphrase.ENV_PASSPHRASE if encrypting else passphrase.ENV_NEW_PASSPHRASE
        raise CommandError(fill(translate(
            "cli", "give the new passphrase with --new-passphrase-file FILE or %1 "
                   "(nothing was changed)"), variable))
    return given


def _plain_exports_reminder() -> None:
    print(translate("cli", "exports you saved elsewhere (vCard, CSV, JSON, ICS, PDF) are "
                          "plain files: delete them or keep them somewhere safe"))


def _report_left(left: tuple[tuple[Path, str], ...]) -> None:
    for path, why in left:
        _say(fill(translate("cli", "warning: %1 could not be converted and is left as it "
                                   "was: %2"), path, why))


def cmd_encrypt(args: argparse.Namespace) -> int:
    refuse_on_server(args, translate("cli", "on a server, use the server's own encryption, "
                                            "and sslmode=require in the URL"))
    folder = require_journal(args)
    if not keyed.available():
        raise CommandError(keyed.INSTALL_HINT)
    already = cipher.is_encrypted(folder)
    if not already:
        if args.recovery_pdf is not None and args.no_recovery_key:
            raise CommandError("--recovery-pdf needs a recovery key: drop --no-recovery-key")
        print(translate("cli", "Encrypting: from now on the journal opens only with its "
                              "passphrase. A forgotten passphrase means the journal is "
                              "gone, unless you keep the recovery key shown below."))
        secret = _new_passphrase(args, encrypting=True)
    else:
        secret = ""
    try:
        done = cipher.encrypt(folder, secret, recovery=not args.no_recovery_key)
    except StorageError as e:
        raise CommandError(f"{e}; the journal was not changed") from e
    if already:
        print(fill(translate("cli", "the journal was already encrypted; %1 encrypted too"),
                   counted(len(done.converted), "backup", "backups")))
    else:
        print(fill(translate("cli", "encrypted %1 (%2) and %3"), done.journal,
                   counted(done.contacts, "contact", "contacts"),
                   counted(len(done.converted), "backup", "backups")))
        print(fill(translate("cli", "keep the key file %1 with the journal: without it "
                                    "neither the journal nor its backups open"),
                   folder.root / keyed.KEY_FILE_NAME))
    _report_left(done.left)
    if done.recovery_key:
        print(fill(translate("cli", "recovery key (shown only now; write it down and keep it "
                                    "away from this computer): %1"), done.recovery_key))
        if args.recovery_pdf is not None:
            _write_recovery_pdf(args.recovery_pdf, done.recovery_key, folder.database)
    _plain_exports_reminder()
    return 1 if done.left else 0


def _write_recovery_pdf(path: Path, key: str, journal: Path) -> None:
    from netjournal.cli.printing import ensure_gui_application
    from netjournal.cli.words import start_qt

    app = ensure_gui_application()  # noqa: F841 (kept alive while painting)
    start_qt()
    from netjournal.report import ReportError, recovery

    try:
        recovery.write_pdf(path.expanduser(), key, journal)
    except (ReportError, OSError) as e:
        _say(fill(translate("cli", "warning: the recovery sheet could not be written (%1): "
                                   "copy the key above by hand"), e))
        return
    print(fill(translate("cli", "wrote the recovery sheet to %1: print it, then delete the "
                                "file"), path))


def cmd_decrypt(args: argparse.Namespace) -> int:
    refuse_on_server(args, translate("cli", "on a server, use the server's own encryption, "
                                            "and sslmode=require in the URL"))
    folder = require_journal(args)
    if not keyed.has_key_file(folder.database):
        raise CommandError(fill(translate("cli", "the journal %1 is not encrypted"),
                                folder.database))
    try:
        done = cipher.decrypt(folder)
    except StorageError as e:
        raise CommandError(f"{e}; the journal was not changed") from e
    passphrase.forget(cipher.remembered_account(folder))
    print(fill(translate("cli", "decrypted %1 (%2) and %3: anyone who can read this folder "
                                "can read the journal again"), done.journal,
               counted(done.contacts, "contact", "contacts"),
               counted(len(done.converted), "backup", "backups")))
    _report_left(done.left)
    return 1 if done.left else 0


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    refuse_on_server(args, translate("cli", "on a server, use the server's own encryption, "
                                            "and sslmode=require in the URL"))
    folder = require_journal(args)
    if not cipher.is_encrypted(folder):
        raise CommandError(fill(translate("cli", "the journal %1 is not encrypted: "
                                                 "`netjournal encrypt` encrypts it"),
                                folder.database))
    secret = _new_passphrase(args, encrypting=False)
    try:
        cipher.change_passphrase(folder, secret)
    except StorageError as e:
        raise CommandError(f"{e}; the passphrase was not changed") from e
    print(translate("cli", "the journal now opens with the new passphrase only (the recovery "
                           "key and a key remembered by the keyring still open it)"))
    return 0
