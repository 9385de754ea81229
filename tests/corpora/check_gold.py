"""Sanity checks for a hand-written gold file against its corpus folder.

    .venv/bin/python tests/corpora/check_gold.py examples/articles examples/gold.json
    .venv/bin/python tests/corpora/check_gold.py tests/corpora/messy/articles tests/corpora/messy/gold.json

Checks: article ids unique; every `file` exists (`FILE#N` -> record N of a .jsonl/.csv list);
duplicates, events, quotes and dates name known articles; every article sits in exactly one
event; storylines list known events oldest first; each quote's text and each date expression
occurs in its article's text (normalized as score.py does); an expression naming a weekday
resolves to that weekday; `published` is a valid day or null. Prints problems, exits 1 if any.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
import unicodedata
from pathlib import Path

NOTE = "note: "  # printed for a reader to check, not counted as a problem
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
CURLY = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(CURLY)
    text = re.sub(r"(\w)-[ \t]*\r?\n[ \t]*(\w)", r"\1\2", text)
    return re.sub(r"\s+", " ", text).strip()


def decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def _body(record: dict[str, str]) -> str:
    return str(next(record[k] for k in ("text", "body", "content", "article") if k in record))


def read_text(folder: Path, ref: str) -> str:
    name, _, rec = ref.partition("#")
    path = folder / name
    if rec:
        n = int(rec)
        if path.suffix == ".jsonl":
            lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
            return _body(json.loads(lines[n - 1]))
        if path.suffix == ".json":
            return _body(json.loads(path.read_text(encoding="utf-8"))[n - 1])
        if path.suffix == ".csv":
            rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
            return _body(rows[n - 1])
        if name.endswith((".warc", ".warc.gz")):
            from warcio.archiveiterator import ArchiveIterator

            with open(path, "rb") as stream:
                pages = [r.content_stream().read() for r in ArchiveIterator(stream) if r.rec_type == "response"]
            return _html_text(pages[n - 1].split(b"\r\n\r\n", 1)[-1] if pages[n - 1].startswith(b"HTTP/") else pages[n - 1])
        raise ValueError(f"{ref}: records only in .jsonl/.json/.csv/.warc here")
    if path.suffix == ".pdf":
        import pypdfium2

        doc = pypdfium2.PdfDocument(str(path))
        return "\n".join(page.get_textpage().get_text_range() for page in doc)
    if path.suffix in {".html", ".htm"}:
        return _html_text(path.read_bytes())
    return decode(path.read_bytes())


def _html_text(page: bytes | str) -> str:
    import lxml.html

    return str(lxml.html.fromstring(page).text_content())


def days(value: str) -> tuple[dt.date, dt.date]:
    """The interval of days a resolved value covers."""
    if "/" in value:
        a, b = value.split("/")
        return days(a)[0], days(b)[1]
    if m := re.fullmatch(r"(\d{4})-W(\d\d)", value):
        start = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return start, start + dt.timedelta(days=6)
    if re.fullmatch(r"\d{4}", value):
        return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    if re.fullmatch(r"\d{4}-\d\d", value):
        y, m_ = map(int, value.split("-"))
        nxt = dt.date(y + (m_ == 12), m_ % 12 + 1, 1)
        return dt.date(y, m_, 1), nxt - dt.timedelta(days=1)
    d = dt.date.fromisoformat(value)
    return d, d


def check(folder: Path, gold_path: Path) -> list[str]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    problems: list[str] = []
    arts = gold["articles"]
    ids = [a["id"] for a in arts]
    if len(ids) != len(set(ids)):
        problems.append(f"duplicate article ids: {sorted(i for i in ids if ids.count(i) > 1)}")
    texts: dict[str, str] = {}
    for a in arts:
        try:
            texts[a["id"]] = normalize(read_text(folder, a["file"]))
        except (OSError, KeyError, IndexError, ValueError) as exc:
            problems.append(f"{a['id']}: cannot read {a['file']}: {exc}")
        if a.get("published") is not None:
            try:
                dt.date.fromisoformat(a["published"])
            except ValueError:
                problems.append(f"{a['id']}: bad published {a['published']!r}")
        if "note" not in a:
            problems.append(f"{a['id']}: no note saying where the date comes from")
    known = set(ids)
    for group in gold.get("duplicates", []):
        if unknown := set(group) - known:
            problems.append(f"duplicates name unknown ids {unknown}")
        pubs = {next(a["published"] for a in arts if a["id"] == i) for i in group if i in known}
        if len(pubs) > 1:  # legitimate (a wire reprint a day later, a teaser's own date): read the notes
            problems.append(f"{NOTE}copies {group} carry different dates {sorted(pubs, key=str)}")
    seen: dict[str, str] = {}
    for ev in gold.get("events", []):
        for i in ev["articles"]:
            if i not in known:
                problems.append(f"event {ev['id']} names unknown article {i}")
            if i in seen:
                problems.append(f"article {i} in events {seen[i]} and {ev['id']}")
            seen[i] = ev["id"]
    if gold.get("events"):
        for i in known - set(seen):
            problems.append(f"article {i} is in no event")
    ev_date = {ev["id"]: ev["date"] for ev in gold.get("events", [])}
    for sl in gold.get("storylines", []):
        dates = [ev_date.get(e) for e in sl["events"]]
        if None in dates:
            problems.append(f"storyline {sl['id']} names unknown events")
        elif dates != sorted(dates):
            problems.append(f"storyline {sl['id']} events not oldest first: {dates}")
    canon = {e["canonical"] for e in gold.get("entities", [])}
    for q in gold.get("quotes", []):
        if q["article"] not in texts:
            problems.append(f"quote in unknown article {q['article']}: {q['text'][:40]}")
            continue
        if normalize(q["text"]) not in texts[q["article"]]:
            problems.append(f"{q['article']}: quote not in text: {q['text'][:60]!r}")
        if q.get("cue") and q["cue"].lower() not in texts[q["article"]].lower():
            problems.append(f"{q['article']}: cue {q['cue']!r} not in text")
        sp = q["speaker"]
        words = sp.split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words) and sp not in canon and words[0] != "The":
            problems.append(f"{q['article']}: speaker {sp!r} is not an entity canonical")
    for d in gold.get("dates", []):
        if d["article"] not in texts:
            problems.append(f"date in unknown article {d['article']}")
            continue
        if normalize(d["expression"]).lower() not in texts[d["article"]].lower():
            problems.append(f"{d['article']}: date expression not in text: {d['expression']!r}")
        try:
            lo, hi = days(d["resolved"])
        except ValueError:
            problems.append(f"{d['article']}: bad resolved {d['resolved']!r}")
            continue
        for k, wd in enumerate(WEEKDAYS):
            if wd in d["expression"].lower() and not (lo == hi and lo.weekday() == k):
                problems.append(f"{d['article']}: {d['expression']!r} -> {d['resolved']} is a {lo:%A}")
    return problems


def main() -> int:
    folder, gold = Path(sys.argv[1]), Path(sys.argv[2])
    found = check(folder, gold)
    problems = [p for p in found if not p.startswith(NOTE)]
    for p in found:
        print(p if p.startswith(NOTE) else f"PROBLEM {p}")
    print(f"{gold}: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
