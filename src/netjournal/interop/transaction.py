"""One import, one transaction: all of it is written, or (a dry run, a failure) none."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from netjournal.storage.store import Store

T = TypeVar("T")


class DryRun(Exception):  # noqa: N818 (a signal, not an error)
    """Raised inside the transaction to roll a dry run back."""


def in_transaction(store: Store, work: Callable[[], T], dry_run: bool) -> T:
    """Run ``work`` in one transaction and return what it returns.

    With ``dry_run`` the transaction is rolled back once ``work`` is done: its result
    says what would happen, and nothing is written.
    """
    result: list[T] = []
    try:
        with store.atomic():
            result.append(work())
            if dry_run:
                raise DryRun
    except DryRun:
        pass
    return result[0]
