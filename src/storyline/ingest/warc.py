"""Web archives (WARC, plain or gzip): one article per captured HTML page, read with warcio.

Record N (the `#N` in `Document.path`, 1-based) counts every WARC record of type `response`,
whatever its status or content type, in file order; warcinfo, request, metadata, resource and
revisit records are not counted. So `#N` stays the same whichever responses hold articles.
What each response gives:

- HTML (Content-Type text/html or application/xhtml+xml, or none and a body that starts like
  HTML) with HTTP status 200: a Document, its text from `read_html`, format "warc";
- HTML with status 3xx: nothing (a redirect; its target is captured as its own record);
- HTML with another status (404, 500 ...): a Skipped, since a user may expect an article there;
- anything else (images, scripts, style sheets, PDFs): a Skipped naming its content type, so
  the export lists everything the crawl held that was not read;
- a page that `read_html` cannot read, or one over `max_record_bytes`: a Skipped.

A file cut off in the middle (a truncated download, a broken gzip member) gives the articles
before the break, then one Skipped for the rest.
"""
from __future__ import annotations

import io
import re
from collections.abc import Iterator
from itertools import chain
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator

from ..errors import BrokenInput, EmptyInput, InputError
from ..models import Candidate, Document, Skipped
from .html import read_html

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# A body without a Content-Type counts as HTML when it starts like a page.
HTML_START = re.compile(rb"\s*(<!doctype html|<html|<head|<body)", re.I)
DRAIN_CHUNK = 1 << 16
CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)

Item = Document | Skipped


def read_warc(stream: BinaryIO, path: str, file: str, max_record_bytes: int) -> Iterator[Item]:
    """Read a WARC file into one Document per HTML page captured with status 200.

    The first record is read before this returns, so a file that is not a WARC raises
    BrokenInput (EmptyInput for an empty file) here; the rest comes as the iterator is consumed.
    """
    archive = _Archive(stream)
    records = iter(archive)
    try:
        first = next(records, None)
    except Exception as err:  # warcio raises several types on junk (even AttributeError)
        raise BrokenInput(path, f"not a WARC file: {_describe(err)}") from None
    if first is None:
        raise EmptyInput(path, "empty file")
    if first.format != "warc":
        raise BrokenInput(path, f"not a WARC file (read as {first.format.upper()})")
    return _items(archive, chain([first], records), file, max_record_bytes)


class _Archive(ArchiveIterator):  # type: ignore[misc]  # warcio has no type hints
    """warcio's record iterator, noting whether the file ended inside a record.

    warcio stops quietly when a file breaks off inside a record's headers, so the end is
    checked here: an unfinished gzip member, or (uncompressed) bytes left after the last
    record. This reads warcio 1.8's reader state (`reader.decompressor`, `offset`).
    """

    cut_off = False

    def close(self) -> None:
        decompressor = getattr(self.reader, "decompressor", None)
        if decompressor is not None:
            self.cut_off = not getattr(decompressor, "eof", True)
        elif self.reader is not None and self.fh.seekable():
            here = self.fh.tell()
            self.cut_off = self.offset < self.fh.seek(0, io.SEEK_END)
            self.fh.seek(here)
        super().close()


def _items(archive: _Archive, records: Iterator[Any], file: str, max_bytes: int) -> Iterator[Item]:
    """Documents and Skipped, record by record, until the end or the first break."""
    n = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            if archive.cut_off:
                yield _rest_unreadable(file, n, "the file ends inside a record")
            return
        except Exception as err:  # see read_warc
            yield _rest_unreadable(file, n, f"a malformed or cut-off record ({_describe(err)})")
            return
        if record.rec_type != "response":
            continue
        n += 1
        item, cut_off = _response(record, n, file, max_bytes)
        if item is not None:
            yield item
        if cut_off:
            return


def _response(record: Any, n: int, file: str, max_bytes: int) -> tuple[Item | None, bool]:
    """The item for one response record, and whether the file breaks off inside it."""
    path = f"{file}#{n}"
    headers = record.http_headers
    content_type = headers.get_header("Content-Type", "") if headers else ""
    status = (headers.get_statuscode() if headers else "") or ""
    media_type = content_type.split(";")[0].strip().lower()
    maybe_html = not media_type or media_type in HTML_TYPES
    body, unreadable = b"", ""
    try:
        if maybe_html:
            body = record.content_stream().read(max_bytes + 1)
    except Exception as err:  # a broken chunked or compressed body
        unreadable = f"the page body cannot be read: {_describe(err)}"
    try:
        _drain(record.raw_stream)
    except Exception as err:  # a broken gzip member
        return _rest_unreadable(file, n - 1, _describe(err)), True
    if getattr(record.raw_stream, "limit", 0) > 0:
        return _rest_unreadable(file, n - 1, "the file is cut off inside this record"), True
    if not maybe_html or (not media_type and not HTML_START.match(body)):
        return Skipped(path, f"not an HTML page ({media_type or 'no content type'}); only HTML "
                             f"responses are read"), False
    if status.startswith("3"):
        return None, False
    if status != "200":
        return Skipped(path, f"HTTP status {status or 'missing'}, not a captured article"), False
    if unreadable:
        return Skipped(path, unreadable), False
    if len(body) > max_bytes:
        return Skipped(path, f"the page is over the limit of {max_bytes:,} bytes for one "
                             f"record (max_record_bytes)"), False
    return _document(record, body, content_type, n, file), False


def _document(record: Any, body: bytes, content_type: str, n: int, file: str) -> Item:
    """The article of one captured page, with the capture's URL and date."""
    path = f"{file}#{n}"
    charset = CHARSET.search(content_type)
    try:
        doc = read_html(body, path, file, charset=charset.group(1) if charset else None)
    except InputError as err:
        return Skipped(path, err.reason)
    doc.format = "warc"
    doc.position = n
    doc.captured = record.rec_headers.get_header("WARC-Date")
    uri = record.rec_headers.get_header("WARC-Target-URI")
    if uri:
        doc.candidates.append(Candidate("url", uri, "warc", "WARC-Target-URI"))
    return doc


def _drain(stream: Any) -> None:
    """Read what is left of a record, so a cut-off shows in its remaining length."""
    while stream.read(DRAIN_CHUNK):
        pass


def _rest_unreadable(file: str, last: int, why: str) -> Skipped:
    """The Skipped standing for everything from response record `last + 1` on."""
    return Skipped(f"{file}#{last + 1}", f"the rest of the WARC file cannot be read after "
                                         f"response record {last}: {why}")


def _describe(err: Exception) -> str:
    return f"{type(err).__name__}: {err}" if str(err) else type(err).__name__
