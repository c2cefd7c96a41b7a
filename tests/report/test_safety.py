"""Safe by construction: user text is never markup, and nothing is loaded but the photo."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from netjournal.domain.values import (
    Detail,
    DetailKind,
    Exchange,
    ExchangeDirection,
    ExchangeKind,
    FollowUp,
    FollowUpKind,
    Interaction,
    Offer,
)
from netjournal.report import data
from netjournal.report.document import SummaryDocument
from netjournal.report.html import LEVELS, PHOTO_URL, build
from tests.report.helpers import NOW, flat, pdf_images, pdf_pages, pdf_text

EVIL = "<b>Evil</b><img src=file:///etc/passwd>"


def png(colour: str, width: int = 40, height: int = 30) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(out.data())


def evil_contact(store, folder):  # type: ignore[no-untyped-def]
    """A contact with markup in every field; ``secret.png`` in ``folder`` is a real file."""
    (folder / "secret.png").write_bytes(png("red"))
    markup = '<img src=secret.png><a href="https://e.x">l</a>'
    event = store.events.save(store.events.find_or_create(f"Meetup {markup}"))
    contact = store.contacts.create(
        EVIL, company=f"ACME {markup}", title="<i>CTO</i>", interests=f"kopi {markup}",
        notes=f"notes & {markup}\n<script>alert(1)</script>", met_at_event_id=event.id,
        how_met="<h1>big</h1>", tags=("<u>tag</u>",),
        details=(Detail(DetailKind.LINK, f"x.id/{markup}", "<b>web</b>"),))
    cid = contact.id
    store.interactions.save(Interaction(occurred_at=NOW - dt.timedelta(days=2),
                                        participant_ids=(cid,), summary=f"said {markup}",
                                        goal="<table><tr><td>goal</td></tr></table>",
                                        event_id=event.id))
    store.offers.save(Offer(contact_id=cid, text=f"offer {markup}"))
    store.exchanges.save(Exchange(contact_id=cid, direction=ExchangeDirection.GIVEN,
                                  kind=ExchangeKind.HELP, description=f"help {markup}"))
    store.followups.save(FollowUp(contact_id=cid, due_on=dt.date(2026, 3, 20),
                                  kind=FollowUpKind.MANUAL, reason=f"call {markup}"))
    return cid, markup


def test_an_evil_name_is_printed_literally_and_loads_nothing(store, render, tmp_path,
                                                             monkeypatch):
    monkeypatch.chdir(tmp_path)  # where a relative "secret.png" would be read from
    cid, markup = evil_contact(store, tmp_path)
    path, pages = render(cid)
    assert pdf_pages(path) == 1
    squeezed = "".join(pdf_text(path).split())  # long values may wrap anywhere
    for literal in (EVIL, f"ACME {markup}", "<i>CTO</i>", f"kopi {markup}", "<h1>big</h1>",
                    "#<u>tag</u>", f"said {markup}", f"offer {markup}", f"call {markup}",
                    "<script>alert(1)</script>", "<b>web</b>", "notes &",
                    "<table><tr><td>goal</td></tr></table>"):
        assert "".join(literal.split()) in squeezed, literal
    # The layout asked for the photo's internal name and for nothing else.
    assert set(pages[0].document.requested) == {PHOTO_URL}
    # The only image in the PDF is the monogram drawn in memory, not the red picture.
    assert pdf_images(path) == [(256, 256)]


def test_the_markup_has_one_image_and_no_user_tags(store, words, tmp_path):
    cid, _ = evil_contact(store, tmp_path)
    summary = data.gather(store, cid, now=NOW)
    for budget in (LEVELS[0], LEVELS[-1]):
        markup = build(summary, budget, words, has_photo=True).html
        assert re.findall(r"<img[^>]*>", markup) == [
            f'<img src="{PHOTO_URL}" width="70" height="70">']
        for tag in ("<b>Evil", "<i>", "<h1>", "<script", "<u>", "<a ", "<table><tr><td>goal"):
            assert tag not in markup
        assert "&lt;b&gt;Evil&lt;/b&gt;&lt;img src=file:///etc/passwd&gt;" in markup


def test_the_document_refuses_every_resource_but_the_photo(qapp, tmp_path):
    picture = tmp_path / "on-disk.png"
    picture.write_bytes(png("red"))
    markup = (f'<img src="{picture.as_uri()}"><img src="{picture.name}">'
              '<img src="https://example.com/x.png"><img src="qrc:/x.png">'
              f'<img src="{PHOTO_URL}">')
    photo = QImage(8, 8, QImage.Format.Format_RGB32)
    doc = SummaryDocument(photo)
    doc.setBaseUrl(QUrl.fromLocalFile(str(tmp_path) + "/"))
    doc.setHtml(markup)
    doc.size()  # lays the document out, asking for every image
    image = QTextDocument.ResourceType.ImageResource
    assert doc.resource(image, QUrl(picture.as_uri())) is None
    assert doc.resource(image, QUrl(picture.name)) is None
    assert doc.resource(image, QUrl("https://example.com/x.png")) is None
    assert doc.loadResource(image, QUrl("file:///etc/passwd")) is None
    assert doc.loadResource(QTextDocument.ResourceType.StyleSheetResource,
                            QUrl(PHOTO_URL)) is None
    assert doc.resource(image, QUrl(PHOTO_URL)) == photo
    # The test can fail: a plain text document does read the file from disk.
    plain = QTextDocument()
    plain.setBaseUrl(QUrl.fromLocalFile(str(tmp_path) + "/"))
    plain.setHtml(markup)
    assert plain.resource(image, QUrl(picture.as_uri())) is not None


def test_the_stored_photo_is_the_one_shown(store, render):
    cid = store.contacts.create("Sinta Dewi", photo=png("#2060a0", 300, 400)).id
    path, pages = render(cid)
    assert set(pages[0].document.requested) == {PHOTO_URL}
    assert pdf_images(path) == [(256, 256)]
    # A photo that is not an image gives the monogram, not an error.
    store.contacts.save(dataclasses.replace(store.contacts.get(cid), photo=b"not a png"))
    path, _ = render(cid, name="broken.pdf")
    assert pdf_pages(path) == 1
    assert "Sinta Dewi" in flat(pdf_text(path))
