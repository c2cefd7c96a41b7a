"""Numbered schema migrations, run in order by ``playhouse.migrations``."""
