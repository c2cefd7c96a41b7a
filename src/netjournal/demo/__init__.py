"""The demo journal: realistic, deterministic generated data for trying the app and for
benchmarks. Above ``storage/`` (it writes through the store and its bulk inserts); the
storage layer never imports it. No Qt.

:func:`generate` (in :mod:`.generator`) writes the journal; :mod:`.words` holds the word
lists, :mod:`.clock` the wall-clock times, :mod:`.stories` the recent stories.
"""

from netjournal.demo.generator import DemoReport, generate

__all__ = ["DemoReport", "generate"]
