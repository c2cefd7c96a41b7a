"""Writing contacts as vCard 4.0 (or 3.0 on request) through vobject."""

from __future__ import annotations

import base64
import re

import vobject  # type: ignore[import-untyped]
from vobject.vcard import Address, Name  # type: ignore[import-untyped]

from netjournal.domain import birthdays
from netjournal.domain.values import Contact, DetailKind
from netjournal.interop import InteropError

VERSIONS = ("4.0", "3.0")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

# Our phone labels -> vCard TYPE values.
_TEL_TYPES = {"mobile": ["cell"], "home fax": ["home", "fax"], "work fax": ["work", "fax"],
              "fax": ["fax"], "pager": ["pager"], "home": ["home"], "work": ["work"],
              "main": ["main"]}


def _image_type(data: bytes) -> tuple[str, str]:
    """(MIME type, vCard 3.0 TYPE) of a photo from its first bytes."""
    if data.startswith(b"\x89PNG"):
        return "image/png", "PNG"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif", "GIF"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp", "WEBP"
    return "image/jpeg", "JPEG"


def _types(label: str, version: str) -> list[str]:
    words = [w for w in label.lower().replace(",", " ").split() if w.isalnum()]
    return [w.upper() if version == "3.0" else w for w in words]


def _name_parts(name: str) -> Name:
    """A best guess at N from the one name we keep (family name last, or first in CJK)."""
    words = name.split()
    if len(words) < 2:
        return Name(given=name)
    if _CJK.search(name):
        return Name(family=words[0], given=" ".join(words[1:]))
    return Name(family=words[-1], given=" ".join(words[:-1]))


def card(contact: Contact, version: str = "4.0") -> str:
    """One contact as a vCard of the given version (CRLF line ends, folded lines)."""
    if version not in VERSIONS:
        raise InteropError(f"vCard version {version} cannot be written (use 4.0 or 3.0)")
    v = vobject.vCard()
    v.add("version").value = version
    v.add("fn").value = contact.name
    v.add("n").value = _name_parts(contact.name)
    if contact.company:
        v.add("org").value = [contact.company]
    if contact.title:
        v.add("title").value = contact.title
    for d in contact.details:
        if d.kind == DetailKind.EMAIL:
            line = v.add("email")
        elif d.kind == DetailKind.PHONE:
            line = v.add("tel")
            types = _TEL_TYPES.get(d.label.lower())
            if types:
                line.value = d.value
                line.type_param = [t.upper() if version == "3.0" else t for t in types]
                continue
        elif d.kind == DetailKind.ADDRESS:
            line = v.add("adr")
            line.value = Address(street=d.value)
            if _types(d.label, version):
                line.type_param = _types(d.label, version)
            continue
        else:
            line = v.add("url")
        line.value = d.value
        if _types(d.label, version):
            line.type_param = _types(d.label, version)
    if contact.birthday and not birthdays.has_year(contact.birthday):
        bday = v.add("bday")  # 4.0 has --MMDD; 3.0 readers know Apple's year 1604
        bday.value = (contact.birthday.strftime("--%m%d") if version == "4.0"
                      else contact.birthday.isoformat())
        if version != "4.0":
            bday.params["X-APPLE-OMIT-YEAR"] = [str(birthdays.NO_YEAR)]
    elif contact.birthday:
        v.add("bday").value = (contact.birthday.strftime("%Y%m%d") if version == "4.0"
                               else contact.birthday.isoformat())
    if contact.notes:
        v.add("note").value = contact.notes
    if contact.tags:
        v.add("categories").value = list(contact.tags)
    if contact.photo:
        mime, kind = _image_type(contact.photo)
        photo = v.add("photo")
        if version == "4.0":
            photo.value = f"data:{mime};base64," + base64.b64encode(contact.photo).decode()
            photo.encoded = True  # already in its final form: no text escaping
        else:
            photo.value = contact.photo
            photo.encoding_param = "b"
            photo.type_param = kind
    text: str = v.serialize()
    return text

