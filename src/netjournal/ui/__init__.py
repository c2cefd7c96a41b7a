"""Everything that shows widgets. Widgets never query the database: they call the store."""
