"""Fixtures of the quick entry tests."""

from __future__ import annotations



