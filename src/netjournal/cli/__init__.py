"""The command line: the scripting and headless surface over the same store as the GUI.

``netjournal`` with no subcommand starts the GUI. Every subcommand takes ``--data-dir``,
exits 0 on success and 1 with a one-line reason on stderr on failure, never a traceback.
Each subcommand lives in its own module with a ``register(subparsers)`` function that
adds its parser and sets ``func`` to a handler taking the parsed arguments.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from netjournal import __version__
from netjournal.cli import capture, common, core, demo, followups, printing, transfer

# Each module adds its subcommands; order is the order of ``netjournal --help``.
COMMAND_MODULES = (core, capture, followups, demo, printing, transfer)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netjournal",
        description="An offline journal for professional relationships. "
                    "With no command, starts the app.")
    parser.add_argument("--version", action="version", version=f"netjournal {__version__}")
    common.add_data_dir(parser)
    parser.add_argument("--lang", choices=("en", "id"), help="language of the app")
    parser.add_argument("--quit-when-ready", action="store_true",
                        help="start the app, show the window with its data, then exit 0")
    parser.add_argument("--verbose", "-v", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(args_list)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if args.command is None:
        from netjournal import app  # the GUI is only imported when it is wanted

        return app.main(args)
    return common.run_command(args)
