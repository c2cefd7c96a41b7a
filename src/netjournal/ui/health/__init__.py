"""The Network health page: weekly charts of how the user is networking (Ctrl+5)."""

from netjournal.ui.health.view import HealthView

__all__ = ["HealthView"]
