"""List files: one article per JSON Lines line, JSON array element or CSV row.

Field names are matched case-insensitively; the first name in a row that is present and holds
text wins for `text`, and every present name gives a metadata candidate (source "record",
detail = the field name as written in the file):

| field     | accepted names                                                                     |
| --------- | ---------------------------------------------------------------------------------- |
| text      | text, body, content, article, maintext, full_text                                  |
| title     | title, headline                                                                    |
| url       | url, link, source_url                                                              |
| published | published, date, pubdate, publication_date, published_at, datetime, date_publish   |
| modified  | modified, updated, date_modify                                                     |
| outlet    | outlet, source, site, publisher, site_name, domain                                 |
| byline    | byline, author, authors (a list is joined with ", ")                               |
| language  | language, lang                                                                     |

A value may be a string, a number, a list (joined with ", "; for text, with a blank line), or
an object with a "name" (as NewsAPI gives `source`). Metadata values have their white space
collapsed and are otherwise as written: dates are parsed later, by the metadata stage.

Record N (the `#N` in `Document.path`, 1-based) is:

- jsonl: the N-th non-blank line (reasons name the physical line number, for an editor);
- json: the N-th element of the top-level array, or of the array under the first key named
  articles, items, data, records, results, documents, docs, entries or posts (else the first
  array of objects); a top-level object with a text field is one record;
- csv: the N-th data row after the header; rows with no value in any column are not counted.

Problems with one record (not JSON, not an object, no text, empty text, over
`max_record_bytes`, a CSV row with more fields than the header) give a `Skipped` and the other
records still come. Problems with the whole file raise when `read_records` is called: BrokenInput
for a JSON file that does not parse or holds no list, or a CSV file with no text column;
EmptyInput and BinaryInput from decoding.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from ..errors import BrokenInput, InputError
from ..models import Candidate, Document, Skipped
from ..rules.fields import FIELD_ALIASES
from .decoding import BOMS, decode_noted, mostly_utf8

SOURCE = "record"
LIST_KEYS = ("articles", "items", "data", "records", "results", "documents", "docs",
             "entries", "posts")
CSV_DELIMITERS = (",", ";", "\t")
NO_TEXT_FIELD = f"no text field (looked for {', '.join(FIELD_ALIASES['text'])})"
FORMATS = ("jsonl", "json", "csv")

Record = Document | Skipped


def read_records(data: bytes, path: str, file: str, fmt: str,
                 max_record_bytes: int) -> Iterator[Record]:
    """Read a list file into one Document per good record and one Skipped per bad one.

    The whole file is decoded (and, for JSON, parsed) before this returns, so file-level
    errors raise here; records are then built one at a time as the iterator is consumed.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown record format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "jsonl" and not _is_utf8(data) and not data.startswith(tuple(bom for bom, _ in BOMS)) \
            and b"\0" not in data:  # one record's bad bytes must not decide how the others read
        return _jsonl_records(iter(_decoded_lines(data, path)), file, max_record_bytes)
    text, encoding, note = decode_noted(data, path)
    notes = [note] if note else []
    records: Iterator[Record]
    if fmt == "jsonl":
        records = _jsonl_records(_lines(text, _raw_codec(encoding), notes), file, max_record_bytes)
    elif fmt == "json":
        records = _json_records(_json_items(text, path), file, max_record_bytes, notes)
    else:
        records = _csv_records(text, path, file, max_record_bytes, notes)
    # A note on bad bytes belongs to the records that hold one; a guessed encoding, to all.
    return _noted_where_replaced(records) if note and encoding.startswith("utf-8") else records


def _noted_where_replaced(records: Iterator[Record]) -> Iterator[Record]:
    """The records, the file's bad-byte note kept only on those holding a U+FFFD."""
    for record in records:
        if isinstance(record, Document) and "\ufffd".encode() not in record.raw:
            record.notes = []
        yield record


Line = tuple[int, str, bytes, list[str]]  # line number, text, its bytes, notes on its decoding


def _jsonl_records(lines: Iterator[Line], file: str, max_bytes: int) -> Iterator[Record]:
    """One record per non-blank line, parsed only when reached."""
    n = 0
    for lineno, line, raw, notes in lines:
        if not line.strip():
            continue
        n += 1
        if len(raw) > max_bytes:
            yield _too_large(file, n, f"line {lineno}", len(raw), max_bytes)
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as err:
            reason = f"line {lineno} is not valid JSON: {err.msg} at column {err.colno}"
            yield Skipped(f"{file}#{n}", reason)
            continue
        yield _record(value, n, raw, file, "jsonl", f"line {lineno}", notes)


def _json_records(items: list[Any], file: str, max_bytes: int, notes: list[str]) -> Iterator[Record]:
    """One record per element of the article array."""
    for n, item in enumerate(items, start=1):
        raw = json.dumps(item, ensure_ascii=False).encode("utf-8")
        if len(raw) > max_bytes:
            yield _too_large(file, n, f"element {n}", len(raw), max_bytes)
            continue
        yield _record(item, n, raw, file, "json", f"element {n}", notes)


def _json_items(text: str, path: str) -> list[Any]:
    """The array of articles in a JSON file; BrokenInput when there is none."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise BrokenInput(path, f"not valid JSON: {err.msg} at line {err.lineno} "
                                f"column {err.colno}") from None
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        keys = {key.lower(): key for key in data if isinstance(key, str)}
        for name in LIST_KEYS:
            if name in keys and isinstance(data[keys[name]], list):
                return list(data[keys[name]])
        if _find_text(data) is not None:
            return [data]
        for value in data.values():
            if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
                return value
    raise BrokenInput(path, "no list of articles found: expected a top-level array, or an array "
                            "under a key such as articles, items or data")


def _csv_records(text: str, path: str, file: str, max_bytes: int, notes: list[str]) -> Iterator[Record]:
    """One record per data row; the header names the fields."""
    # csv refuses fields over 128 kB by default; a long article is bigger. The limit is
    # process-wide: it is only ever raised, to the record limit, never lowered.
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=False)
    header = [name.strip() for name in next(reader, [])]
    if _find_text(dict.fromkeys(header, "x")) is None:
        raise BrokenInput(path, f"no text column (looked for {', '.join(FIELD_ALIASES['text'])};"
                                f" the header has {', '.join(header) or 'nothing'})")
    return _csv_rows(reader, header, file, max_bytes, notes)


def _csv_rows(reader: Any, header: list[str], file: str, max_bytes: int, notes: list[str]) -> Iterator[Record]:
    """The data rows of a CSV reader whose header has been read."""
    n = 0
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            n += 1
            yield Skipped(f"{file}#{n}", f"row {n} (line {start}) cannot be read as CSV: {err}")
            if reader.line_num < start:
                return  # the reader did not move on: nothing more can be read
            continue
        if not any(cell.strip() for cell in row):
            continue
        n += 1
        where = f"row {n} (line {start})"
        if len(row) > len(header):
            yield Skipped(f"{file}#{n}", f"{where} has {len(row)} fields but the header has "
                                         f"{len(header)} (an unquoted delimiter in the text?)")
            continue
        record: dict[str, str] = {}
        for name, cell in zip(header, row, strict=False):  # short rows: missing cells
            record.setdefault(name, cell)
        raw = json.dumps(record, ensure_ascii=False).encode("utf-8")
        if len(raw) > max_bytes:
            yield _too_large(file, n, where, len(raw), max_bytes)
            continue
        yield _record(record, n, raw, file, "csv", where, notes)


def _record(value: Any, n: int, raw: bytes, file: str, fmt: str, where: str, notes: list[str]) -> Record:
    """A Document from one parsed record, or a Skipped saying what is wrong with it."""
    path = f"{file}#{n}"
    if not isinstance(value, dict):
        return Skipped(path, f"{where} holds {_kind(value)}, not an object")
    found = _find_text(value)
    if found is None:
        return Skipped(path, f"{where}: {NO_TEXT_FIELD}")
    key, text = found
    if text is None:
        return Skipped(path, f"{where}: field {key!r} is {_kind(value[key])}, not text")
    if not text.strip():
        return Skipped(path, f"{where}: empty text (field {key!r})")
    return Document(path=path, file=file, format=fmt, text=text, raw=raw, position=n,
                    candidates=_candidates(value), notes=list(notes))


def _find_text(record: dict[str, Any]) -> tuple[str, str | None] | None:
    """(field name, text) of the first text field holding text; text is None when the first
    present field holds something else; None when no text field is present at all."""
    keys = {key.strip().lower(): key for key in reversed(list(record)) if isinstance(key, str)}
    present = [keys[alias] for alias in FIELD_ALIASES["text"] if alias in keys]
    if not present:
        return None
    for key in present:
        text = _text_value(record[key])
        if text is not None and text.strip():
            return key, text
    first = present[0]
    return first, _text_value(record[first])


def _text_value(value: Any) -> str | None:
    """An article text: a string as it is, or a list of paragraphs joined by blank lines."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return "\n\n".join(value)
    return None


def _candidates(record: dict[str, Any]) -> list[Candidate]:
    """A candidate for every metadata field the record has a value for."""
    keys = {key.strip().lower(): key for key in reversed(list(record)) if isinstance(key, str)}
    out: list[Candidate] = []
    for field, aliases in FIELD_ALIASES.items():
        if field == "text":
            continue
        for alias in aliases:
            if alias in keys:
                value = _meta_value(record[keys[alias]])
                if value:
                    out.append(Candidate(field, value, SOURCE, keys[alias]))
    return out


def _meta_value(value: Any) -> str:
    """A metadata value as one line of text; "" when there is none."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, dict):
        return _meta_value(value.get("name"))
    if isinstance(value, list):
        return ", ".join(v for v in (_meta_value(item) for item in value) if v)
    return ""


def _lines(text: str, codec: str, notes: list[str]) -> Iterator[Line]:
    """The lines of a text decoded as a whole, split on "\\n" only: JSON strings may hold U+2028
    unescaped."""
    start, lineno = 0, 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        lineno += 1
        line = text[start:end].removesuffix("\r")
        yield lineno, line, line.encode(codec), notes
        start = end + 1


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decoded_lines(data: bytes, path: str) -> list[Line]:
    """The lines of a file that is not all UTF-8, each decoded on its own: a UTF-8 line as
    UTF-8, a UTF-8 line with a few bad bytes with U+FFFD for them, and the other lines in the
    encoding guessed from those lines together (a file of legacy text is one encoding).

    Raises BinaryInput (or EmptyInput) when no line is UTF-8 and the rest is not text."""
    raws = [raw.removesuffix(b"\r") for raw in data.split(b"\n")]
    if raws and not raws[-1]:
        raws.pop()
    decoded: dict[int, tuple[str, list[str]]] = {}
    legacy: list[int] = []
    for i, raw in enumerate(raws):
        try:
            decoded[i] = raw.decode("utf-8"), []
            continue
        except UnicodeDecodeError:
            pass
        mostly = mostly_utf8(raw)
        if mostly is None:
            legacy.append(i)
        else:
            decoded[i] = mostly[0], [f"line {i + 1}: {mostly[1]}"]
    if legacy:
        try:
            _text, codec, note = decode_noted(b"\n".join(raws[i] for i in legacy), path)
        except InputError:
            if len(decoded) == sum(1 for raw in raws if not raw.strip()):
                raise  # nothing but junk: the file is binary, not a list with bad lines
            codec, note = "utf-8", "not text in any encoding; its bad bytes are shown as U+FFFD"
        for i in legacy:
            decoded[i] = raws[i].decode(codec, "replace"), [f"line {i + 1}: {note or f'decoded as {codec}'}"]
    return [(i + 1, decoded[i][0], raw, decoded[i][1]) for i, raw in enumerate(raws)]


def _delimiter(text: str) -> str:
    """The commonest of comma, semicolon and tab in the header line (comma on a tie).

    The header is counted rather than csv.Sniffer used: the sniffer reads the whole sample,
    and quoted multi-line article text full of commas misleads it.
    """
    header = text[: text.find("\n")] if "\n" in text else text
    return max(CSV_DELIMITERS, key=header.count)


def _raw_codec(encoding: str) -> str:
    """The codec that gives a line's bytes back (BOM aside) from its decoded text."""
    return "utf-8" if encoding == "utf-8-sig" else encoding


def _too_large(file: str, n: int, where: str, size: int, limit: int) -> Skipped:
    return Skipped(f"{file}#{n}", f"{where} is {size:,} bytes, over the limit of {limit:,} "
                                  f"bytes for one record (max_record_bytes)")


def _kind(value: Any) -> str:
    """'an array', 'a string', ... for messages."""
    names = {list: "an array", str: "a string", dict: "an object", bool: "a boolean",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)
