"""The command line: the scripting and headless surface over the same store as the GUI.

``netjournal`` with no subcommand starts the GUI. Every subcommand takes ``--data-dir``,
exits 0 on success and 1 with a one-line reason on stderr on failure (3 when the journal
is damaged), never a traceback (``import`` exits 2 when some records were rejected for
their own data).
Each subcommand lives in its own module with a ``register(subparsers)`` function that
adds its parser and sets ``func`` to a handler taking the parsed arguments.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import sys
import textwrap
from collections.abc import Sequence
from typing import NoReturn

from netjournal import __version__

# Each module adds its subcommands; order is the order of ``netjournal --help``. They are
# imported only when a command is asked for, so starting the GUI does not pay for them.
COMMAND_MODULES = ("core", "capture", "followups", "health", "demo", "printing", "transfer",
                   "sync", "safety", "privacy", "tidy", "copy")

# How ``netjournal --help`` groups the commands, in this order: a new command is one more
# name in its group's line (a command in no group is listed under "other").
COMMAND_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("capture", ("add", "demo")),
    ("find", ("search", "print")),
    ("follow-ups", ("due", "health")),
    ("import and export", ("import", "export", "copy-to")),
    ("tidy", ("duplicates", "merge")),
    ("safety", ("backup", "backups", "restore", "check")),
    ("privacy", ("encrypt", "decrypt", "change-passphrase")),
    ("sync", ("sync",)),
)

# What the app needs besides Qt, imported before Qt is: once PySide6 is loaded, every
# import statement runs through its ``__feature__`` hook, which reads the source of each
# newly imported module to see whether it uses PySide6 (about 10 ms on these at start).
APP_PRELOAD = ("netjournal.settings", "netjournal.database_choice",
               "netjournal.storage.store", "netjournal.storage.damagecheck",
               "netjournal.storage.contacts",
               "netjournal.storage.journal", "netjournal.storage.followups",
               "netjournal.domain.followups")


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    from netjournal.cli import options  # light: the app starts without the commands' modules

    options.add_data_dir(parser)
    options.add_lang(parser, default=None)
    options.add_passphrase_file(parser)
    parser.add_argument("--quit-when-ready", action="store_true",
                        help="start the app, show the window with its data, then exit 0")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="log more, and print the details under an error's line")


class Parser(argparse.ArgumentParser):
    """argparse with usage errors in one line on stderr, as every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (`{self.prog} --help` lists what it takes)\n")


def grouped_commands(sub: argparse._SubParsersAction,  # type: ignore[type-arg]
                     width: int = 79) -> str:
    """The commands of ``--help`` under their group's heading, each with its one line."""
    helps = {a.dest: a.help or "" for a in sub._choices_actions}
    grouped = [(title, [n for n in names if n in helps]) for title, names in COMMAND_GROUPS]
    known = {n for _, names in grouped for n in names}
    grouped.append(("other", [n for n in helps if n not in known]))
    column = max(len(n) for n in helps) + 6
    lines = ["commands:"]
    for title, names in grouped:
        if not names:
            continue
        lines.append(f"  {title}:")
        for name in names:
            text = textwrap.wrap(helps[name], width - column) or [""]
            lines.append(f"    {name:<{column - 4}}{text[0]}")
            lines.extend(" " * column + more for more in text[1:])
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="netjournal", usage="netjournal [options] [COMMAND [command options]]",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="An offline journal for professional relationships. "
                    "With no command, starts the app.",
        epilog=textwrap.fill(
            "exit status: 0 done; 1 not done, with the reason in one line on stderr "
            "(--verbose adds its details; a writer waits up to 10 s, "
            "$NETJOURNAL_LOCK_TIMEOUT, for another one to finish); 2 usage error, or "
            "import: the other records were saved, some were rejected for their own data "
            "(listed); 3 the journal is damaged (the line names the backup that restores "
            "it)", 79))
    parser.add_argument("--version", action="version", version=f"netjournal {__version__}")
    _add_global_options(parser)
    # The commands are listed by group in the description, not by argparse.
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", help=argparse.SUPPRESS)
    for name in COMMAND_MODULES:
        importlib.import_module(f"netjournal.cli.{name}").register(sub)
    parser.description = f"{parser.description}\n\n{grouped_commands(sub)}"
    return parser


def _gui_arguments(args: list[str]) -> argparse.Namespace | None:
    """The parsed options when ``args`` only start the GUI, else None (a command, --help)."""
    parser = Parser(prog="netjournal", add_help=False)
    _add_global_options(parser)
    parsed, rest = parser.parse_known_args(args)
    if rest:
        return None
    parsed.command = None
    return parsed


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    args = _gui_arguments(args_list)
    if args is None:
        args = build_parser().parse_args(args_list)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if args.command is None:
        # Starting allocates tens of thousands of objects (modules, classes, Qt's enums)
        # and frees almost none: the collector's passes are wasted work then (~15 ms).
        # The app turns it back on once its window shows its data, with what start-up
        # made set aside (``gc.freeze``).
        gc.disable()
        try:
            for name in APP_PRELOAD:
                importlib.import_module(name)
            from netjournal import app  # the GUI is only imported when it is wanted

            return app.main(args)
        finally:
            gc.enable()
    from netjournal.cli import common, words

    words.setup(args)
    return common.run_command(args)
