"""Entry point for ``python -m netjournal`` and the ``netjournal`` command."""

import sys

from netjournal import cli


def run() -> None:
    """Run the command line (no subcommand starts the GUI) and exit with its code."""
    sys.exit(cli.main(sys.argv[1:]))


if __name__ == "__main__":
    run()
