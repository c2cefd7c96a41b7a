"""Finding and merging duplicate contacts: the groups dialog and the side-by-side merge."""

from netjournal.ui.duplicates.dialog import DuplicatesDialog
from netjournal.ui.duplicates.merge_dialog import MergeDialog
from netjournal.ui.duplicates.operations import MergeCommand, merge_contacts, unmerge_contacts

__all__ = ["DuplicatesDialog", "MergeCommand", "MergeDialog", "merge_contacts",
           "unmerge_contacts"]
