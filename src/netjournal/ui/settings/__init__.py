"""The settings dialog and its pages (each page a self-contained widget)."""
