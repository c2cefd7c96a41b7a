"""Helpers for the summary tests: a realistic card with its whole history, PDF readers.

PDFs are read back with pypdf (a test dependency), so no outside tool is needed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from pypdf import PageObject, PdfReader
from pypdf.generic import DictionaryObject

from netjournal.domain.values import (
    Channel,
    Contact,
    Detail,
    DetailKind,
    Direction,
    Exchange,
    ExchangeDirection,
    ExchangeKind,
    ExchangeStatus,
    FollowUp,
    FollowUpKind,
    Interaction,
    Introduction,
    Offer,
    OfferStatus,
    TieStrength,
)
from netjournal.storage.store import Store

NOW = dt.datetime(2026, 3, 12, 9, 30, tzinfo=dt.UTC)


def at(days_ago: int, hour: int = 10) -> dt.datetime:
    return (NOW - dt.timedelta(days=days_ago)).replace(hour=hour, minute=0)


# Ligatures a PDF may keep as one glyph: read back as the letters they join. Only these:
# NFKC would also hide a wrong glyph (a Kangxi radical printed for a CJK character).
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
# The standard paper sizes in points (1/72 inch), as the summary prints them.
PAPER = {"A4": (595.28, 841.89), "Letter": (612.0, 792.0)}


def pdf_text(path: Path, page: int | None = None) -> str:
    """The text of a PDF (or of its page ``page``, from 1) in reading order, ligatures folded.

    Qt writes each run of one font as its own text object, and places words one by one:
    pypdf reads the gaps between words as tabs (they come back as spaces) and starts a new
    line with each text object. Runs on one baseline are joined again here, so a bold
    "Regular tie" and its "," read "Regular tie," as on paper.
    """
    pages = PdfReader(path).pages
    return "\n".join(_page_text(p) for p in ([pages[page - 1]] if page else pages))


@dataclass
class _Run:
    """One text object Qt wrote: its text, where it starts and ends on its baseline, and
    its font size, in points."""

    text: str
    start: float
    end: float
    baseline: float
    size: float


def _page_text(page: PageObject) -> str:
    runs: list[_Run] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object,
              size: float) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if text and text != "\n":
            runs.append(_Run(text, x, x, y, size * abs(cm[3] or cm[0])))
        elif not text and runs and abs(y - runs[-1].baseline) < 0.5:
            runs[-1].end = x  # pypdf reports where a run ends as an empty text after it

    page.extract_text(visitor_text=visit)
    out: list[str] = []
    for before, run in zip([None, *runs], runs, strict=False):
        # The next part of a line starts where the last one stopped, on its baseline; a
        # column beside it starts further on, and reads as a line of its own.
        if before is not None and not (abs(run.baseline - before.baseline) <= 1 and
                                       -0.5 * run.size <= run.start - before.end
                                       <= 1.5 * run.size):
            out.append("\n")
        out.append(run.text)
    return "".join(out).translate(_LIGATURES).replace("\t", " ")


def pdf_pages(path: Path) -> int:
    return len(PdfReader(path).pages)


def pdf_paper(path: Path) -> str:
    """The paper size of the first page: ``A4``, ``Letter``, else its size in points."""
    box = PdfReader(path).pages[0].mediabox
    size = (float(box.width), float(box.height))
    for name, (w, h) in PAPER.items():
        if abs(size[0] - w) < 1 and abs(size[1] - h) < 1:
            return name
    return f"{size[0]:.0f}x{size[1]:.0f}"


def pdf_fonts(path: Path) -> dict[str, bool]:
    """Every font the pages use (their /BaseFont), and whether the PDF embeds it.

    A composite (Type0) font, as CJK text uses, is embedded when its descendant font is.
    """
    fonts: dict[str, bool] = {}

    def embedded(font: DictionaryObject) -> bool:
        if "/DescendantFonts" in font:
            return all(embedded(d.get_object()) for d in font["/DescendantFonts"])
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:
            return False
        descriptor = descriptor.get_object()
        return any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))

    def walk(resources: DictionaryObject | None) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for ref in (resources.get("/Font") or DictionaryObject()).get_object().values():
            font = ref.get_object()
            fonts[str(font["/BaseFont"])] = embedded(font)
        for ref in (resources.get("/XObject") or DictionaryObject()).get_object().values():
            walk(ref.get_object().get("/Resources"))

    for page in PdfReader(path).pages:
        walk(page.get("/Resources"))
    return fonts


def pdf_images(path: Path) -> list[tuple[int, int]]:
    """(width, height) of every image the pages draw, their soft masks left out."""
    found: list[tuple[int, int]] = []

    def walk(resources: DictionaryObject | None) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for ref in (resources.get("/XObject") or DictionaryObject()).get_object().values():
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Image":
                found.append((int(xobject["/Width"]), int(xobject["/Height"])))
            else:
                walk(xobject.get("/Resources"))

    for page in PdfReader(path).pages:
        walk(page.get("/Resources"))
    return found


def flat(text: str) -> str:
    """``text`` with every run of white space made one space."""
    return " ".join(text.split())


def make_budi(store: Store, *, interactions: int = 6, photo: bytes | None = None) -> int:
    """Budi Santoso with a full card: details, history, offers, favours, follow-ups."""
    event = store.events.save(store.events.find_or_create(
        "JakartaJS Meetup", dt.date(2025, 11, 20), place="GoWork, Jakarta"))
    sari = store.contacts.create("Sari Wijaya", company="Gojek")
    rina = store.contacts.create("Rina Hartono", company="Bukalapak")
    budi = store.contacts.save(Contact(
        name="Budi Santoso", company="Tokopedia", title="Senior Product Manager",
        photo=photo, how_met="Talked at the booth after his talk on payments; he asked "
                             "about our offline-first sync.",
        met_on=dt.date(2025, 11, 20), met_at_event_id=event.id, introduced_by_id=sari.id,
        tie_strength=TieStrength.REGULAR, interests="Dogs (two corgis), single-origin kopi, "
        "trail running, payments infrastructure", family="Married to Ayu; daughter Nadia "
        "starts primary school this year", remember="Vegetarian. Prefers WhatsApp to "
        "email. Moving to Bandung in June.",
        notes="Thinking about leaving Tokopedia for a fintech startup within a year. "
              "Strong opinions on product discovery; recommends 'Continuous Discovery "
              "Habits'.\nAsked me to keep him posted on the Yogyakarta meetup.",
        details=(Detail(DetailKind.EMAIL, "budi.santoso@tokopedia.com", "work"),
                 Detail(DetailKind.PHONE, "+62 812-3456-789", "mobile"),
                 Detail(DetailKind.LINK, "https://www.linkedin.com/in/budisantoso",
                        "LinkedIn")),
        tags=("fintech", "product", "jakarta")))
    assert budi.id is not None
    topics = [
        ("Coffee at Kopi Kenangan: his move to payments, my job search.",
         "Ask for feedback on my portfolio", "Hiring two PMs in Q2"),
        ("Sent the article on offline-first sync he asked for.", "", ""),
        ("Video call about the fintech role; he offered to refer me.",
         "Learn how their PM interviews work", "Interviews are case-study heavy"),
        ("Thanked him for the referral; shared my case-study draft.", "Say thank you", ""),
        ("Lunch near Senayan; talked corgis and trail races.", "Keep in touch",
         "Running the Bromo marathon in May"),
    ]
    channels = [Channel.IN_PERSON, Channel.EMAIL, Channel.VIDEO, Channel.MESSAGE,
                Channel.IN_PERSON]
    with store.atomic():
        for k in range(interactions):
            summary, goal, learned = topics[k % len(topics)]
            store.interactions.save(Interaction(
                occurred_at=at(9 + 4 * k), participant_ids=(budi.id,),
                channel=channels[k % len(channels)], direction=Direction.MUTUAL,
                summary=summary if k < len(topics) else f"Check-in #{k}: {summary}",
                goal=goal, learned=learned,
                event_id=event.id if k == interactions - 1 else None))
    store.followups.save(FollowUp(contact_id=budi.id, due_on=dt.date(2026, 3, 14),
                                  kind=FollowUpKind.NEXT_STEP,
                                  reason="Send him the revised case study"))
    store.followups.save(FollowUp(contact_id=budi.id, due_on=dt.date(2026, 3, 10),
                                  kind=FollowUpKind.THANK_YOU,
                                  reason="Thank him for the intro to Rina"))
    store.offers.save(Offer(contact_id=budi.id, text="Intro to Dewi at East Ventures "
                                                     "(he is curious about VC)"))
    store.offers.save(Offer(contact_id=budi.id, text="My notes on offline-first sync",
                            status=OfferStatus.OFFERED))
    store.offers.save(Offer(contact_id=budi.id, text="Bromo race tips",
                            status=OfferStatus.GIVEN))
    store.exchanges.save(Exchange(contact_id=budi.id, direction=ExchangeDirection.RECEIVED,
                                  kind=ExchangeKind.REFERRAL,
                                  description="Referred me for the PM role",
                                  occurred_on=dt.date(2026, 2, 20)))
    store.exchanges.save(Exchange(contact_id=budi.id, direction=ExchangeDirection.GIVEN,
                                  kind=ExchangeKind.INFORMATION,
                                  description="Article on offline-first sync",
                                  occurred_on=dt.date(2026, 2, 27)))
    store.exchanges.save(Exchange(contact_id=budi.id, direction=ExchangeDirection.RECEIVED,
                                  kind=ExchangeKind.ADVICE, status=ExchangeStatus.ASKED,
                                  description="Feedback on my portfolio"))
    store.introductions.save(Introduction(person_id=budi.id, introducer_id=sari.id,
                                          made_on=dt.date(2025, 11, 18)))
    store.introductions.save(Introduction(person_id=rina.id, introducer_id=budi.id,
                                          made_on=dt.date(2026, 3, 1)))
    return budi.id
