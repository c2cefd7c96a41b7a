"""Screenshots of the contact panel and all activity on a demo journal (not a test).

Usage: ``xvfb-run -a .venv/bin/python tests/ui/contact/screenshots.py DATA_DIR OUT_DIR [ID]``
(make DATA_DIR with ``netjournal demo``). Writes card.png, timeline.png, offer.png,
activity.png, new.png and interaction.png at the size the panel has in a 1366x850 window.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from netjournal.domain.reciprocity import Lean
from netjournal.domain.values import ExchangeDirection
from netjournal.paths import DataDir
from netjournal.settings import Settings
from netjournal.storage.store import Store
from netjournal.ui.contact import ActivityPane, ContactPanel
from netjournal.ui.events import JournalEvents

sys.path.insert(0, str(Path(__file__).parent))

SIZE = (960, 780)  # the panel's share of a 1366x850 window beside the contact list


def _pick_contact(store: Store) -> int:
    """A contact with a full story: a timeline, offers and a balance leaning to taking."""
    best, best_score = 1, -1
    for cid in store.search.contact_ids(limit=400):
        b = store.exchanges.balance(cid)
        score = (store.interactions.count_for_contact(cid) + 5 * len(
            store.offers.for_contact(cid)) + (20 if b.lean == Lean.TAKING else 0))
        if score > best_score:
            best, best_score = cid, score
    return best


def main(argv: list[str]) -> int:
    data, out = Path(argv[1]), Path(argv[2])
    out.mkdir(parents=True, exist_ok=True)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = QApplication(argv[:1])
    store = Store.open(DataDir(data))
    cid = int(argv[3]) if len(argv) > 3 else _pick_contact(store)
    events = JournalEvents()
    panel = ContactPanel(store, events, Settings())
    panel.resize(*SIZE)
    panel.show()
    panel.show_contact(cid)

    def grab(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(out / name))
        print(out / name)

    grab(panel, "card.png")
    panel.tabs.setCurrentWidget(panel.timeline)
    grab(panel, "timeline.png")
    panel.tabs.setCurrentWidget(panel.offers)
    grab(panel, "offer.png")
    dialog = panel.timeline.interaction_dialog()
    dialog.show()
    grab(dialog, "interaction.png")
    dialog.close()
    favour = panel.offers.favour_dialog(ExchangeDirection.RECEIVED)
    favour.show()
    grab(favour, "favour.png")
    favour.close()
    panel.new_contact()
    grab(panel, "new.png")
    activity = ActivityPane(store, events)
    activity.resize(*SIZE)
    activity.show()
    grab(activity, "activity.png")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
