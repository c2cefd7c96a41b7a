"""A real CardDAV server (Radicale) and the real sync tool (vdirsyncer) for the sync tests.

Radicale runs on a free loopback port with its storage in the test's temporary folder and
no authentication; it is stopped when the test ends. A "phone" edits the address book over
plain HTTP (urllib), as a phone's CardDAV client would.
"""

from __future__ import annotations

import base64
import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

USER = "phone"
AUTH = "Basic " + base64.b64encode(f"{USER}:secret".encode()).decode()
MKCOL = b"""<?xml version="1.0" encoding="utf-8"?>
<D:mkcol xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><D:set><D:prop>
<D:resourcetype><D:collection/><C:addressbook/></D:resourcetype>
<D:displayname>Contacts</D:displayname></D:prop></D:set></D:mkcol>"""
PROPFIND = b"""<?xml version="1.0" encoding="utf-8"?>
<D:propfind xmlns:D="DAV:"><D:prop><D:getetag/></D:prop></D:propfind>"""


def unavailable(reason: str) -> None:
    """Skip the test (fail it on CI, where the servers must run)."""
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Card:
    href: str
    text: str
    etag: str


class AddressBook:
    """The address book on the server, as a phone sees it over HTTP."""

    def __init__(self, url: str) -> None:
        self.url = url  # the collection, ending in "/"
        self.root = url.split("/" + USER + "/")[0]

    def _request(self, method: str, url: str, data: bytes | None = None,
                 headers: dict[str, str] | None = None) -> tuple[int, bytes, str]:
        req = urllib.request.Request(url, data=data, method=method,
                                     headers={"Authorization": AUTH, **(headers or {})})
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.read(), resp.headers.get("ETag", "")

    def create(self) -> None:
        self._request("MKCOL", self.url, MKCOL, {"Content-Type": "application/xml"})

    def hrefs(self) -> dict[str, str]:
        """href -> etag of every card."""
        _, body, _ = self._request("PROPFIND", self.url, PROPFIND,
                                   {"Depth": "1", "Content-Type": "application/xml"})
        out = {}
        for resp in ET.fromstring(body).findall("{DAV:}response"):
            href = resp.findtext("{DAV:}href") or ""
            if href.endswith(".vcf"):
                out[href] = resp.findtext(".//{DAV:}getetag") or ""
        return out

    def get(self, href: str) -> Card:
        _, body, etag = self._request("GET", self.root + href)
        return Card(href, body.decode("utf-8"), etag)

    def cards(self) -> list[Card]:
        return [self.get(h) for h in self.hrefs()]

    def put(self, href: str, text: str, etag: str = "") -> None:
        headers = {"Content-Type": "text/vcard; charset=utf-8"}
        headers["If-Match" if etag else "If-None-Match"] = etag or "*"
        url = self.root + href if href.startswith("/") else self.url + href
        self._request("PUT", url, text.encode("utf-8"), headers)

    def delete(self, href: str) -> None:
        self._request("DELETE", self.root + href)


@contextlib.contextmanager
def radicale(folder: Path) -> Iterator[AddressBook]:
    """Radicale on a free loopback port, storing in ``folder``; stopped on the way out."""
    port = _free_port()
    config = folder / "radicale.cfg"
    config.write_text(f"[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = none\n"
                      f"[storage]\nfilesystem_folder = {folder / 'collections'}\n"
                      "[logging]\nlevel = error\n", encoding="utf-8")
    log = (folder / "radicale.log").open("wb")
    try:
        proc = subprocess.Popen([sys.executable, "-m", "radicale", "--config", str(config)],
                                stdout=log, stderr=subprocess.STDOUT)
    except OSError as e:
        log.close()
        unavailable(f"Radicale cannot start: {e}")
    try:
        book = AddressBook(f"http://127.0.0.1:{port}/{USER}/contacts/")
        deadline = time.monotonic() + 30
        while True:
            try:
                book.create()
                break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    unavailable("Radicale did not start: "
                                + (folder / "radicale.log").read_text(errors="replace")[-500:])
                time.sleep(0.1)
        yield book
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


class Vdirsyncer:
    """The real vdirsyncer between a card folder and the address book, one config each."""

    def __init__(self, folder: Path, vdir: Path, book: AddressBook) -> None:
        exe = Path(sys.executable).with_name("vdirsyncer")
        found = str(exe) if exe.exists() else shutil.which("vdirsyncer")
        if found is None:
            unavailable("vdirsyncer is not installed (pip install vdirsyncer)")
        self.exe = str(found)
        self.config = folder / "vdirsyncer.cfg"
        self.config.write_text(f"""[general]
status_path = "{folder / 'status'}/"

[pair contacts]
a = "journal"
b = "server"
collections = null
conflict_resolution = "a wins"

[storage journal]
type = "filesystem"
path = "{vdir}/"
fileext = ".vcf"

[storage server]
type = "carddav"
url = "{book.url}"
username = "{USER}"
password = "secret"
""", encoding="utf-8")
        self.run("discover")

    def run(self, *args: str) -> str:
        result = subprocess.run([self.exe, "-c", str(self.config), *args], input="y\n",
                                capture_output=True, text=True, timeout=600, check=False)
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout + result.stderr

    def sync(self) -> str:
        return self.run("sync")
