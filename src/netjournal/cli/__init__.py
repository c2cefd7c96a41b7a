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
import importlib
import logging
import sys
from collections.abc import Sequence

from netjournal import __version__

# Each module adds its subcommands; order is the order of ``netjournal --help``. They are
# imported only when a command is asked for, so starting the GUI does not pay for them.
COMMAND_MODULES = ("core", "capture", "followups", "health", "demo", "printing", "transfer",
                   "safety")


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    from netjournal.cli import common

    common.add_data_dir(parser)
    common.add_lang(parser, default=None)
    parser.add_argument("--quit-when-ready", action="store_true",
                        help="start the app, show the window with its data, then exit 0")
    parser.add_argument("--verbose", "-v", action="store_true", help="log more")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netjournal",
        description="An offline journal for professional relationships. "
                    "With no command, starts the app.",
        epilog="exit status: 0 done; 1 not done, with the reason in one line on stderr "
               "(a writer waits up to 10 s, $NETJOURNAL_LOCK_TIMEOUT, for another one to "
               "finish); 2 import: the other records were saved, some were rejected for "
               "their own data (listed)")
    parser.add_argument("--version", action="version", version=f"netjournal {__version__}")
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"netjournal.cli.{name}").register(sub)
    return parser


def _gui_arguments(args: list[str]) -> argparse.Namespace | None:
    """The parsed options when ``args`` only start the GUI, else None (a command, --help)."""
    parser = argparse.ArgumentParser(prog="netjournal", add_help=False)
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
        from netjournal import app  # the GUI is only imported when it is wanted

        return app.main(args)
    from netjournal.cli import common, words

    words.setup(args)
    return common.run_command(args)
