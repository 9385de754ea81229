"""Names under which list records and front matter give each article field (case-insensitive)."""
from __future__ import annotations

import re

FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "maintext", "full_text"),
    "title": ("title", "headline"),
    "url": ("url", "link", "source_url"),
    "published": ("published", "date", "pubdate", "publication_date", "published_at",
                  "datetime", "date_publish"),
    "modified": ("modified", "updated", "date_modify"),
    "outlet": ("outlet", "source", "site", "publisher", "site_name", "domain"),
    "byline": ("byline", "author", "authors"),
    "language": ("language", "lang"),
    "first_seen": ("first_seen", "clipped", "captured", "saved", "retrieved", "accessed", "fetched"),
}
# The same, keyed by name: "headline" -> "title", "author" -> "byline", ...
FIELD_OF_NAME: dict[str, str] = {name: field for field, names in FIELD_ALIASES.items() for name in names}

# A news database's record (Factiva's two- and three-letter field codes, one per line: "HD   Quillion
# to cut 600 jobs"): the article field each code gives, "text" for the body's, None for the
# database's own furniture (word count, section, codes, copyright, subjects, regions).
DATABASE_FIELD_CODES: dict[str, str | None] = {
    "HD": "title", "SN": "outlet", "PD": "published", "BY": "byline", "LP": "text", "TD": "text",
    "SE": None, "WC": None, "ET": None, "SC": None, "ED": None, "PG": None, "LA": None, "CY": None,
    "CR": None, "AN": None, "RF": None, "NS": None, "RE": None, "IN": None, "CO": None, "IPD": None,
    "IPC": None, "PUB": None, "VOL": None, "ART": None, "CLM": None,
}
DATABASE_FIELD = re.compile(r"^(?P<code>" + "|".join(DATABASE_FIELD_CODES) + r")(?:\t+|[ ]{2,})(?=\S)")
# The same with one space after the code ("HD Water board backs ..."), as a copy out of the
# database's page gives it: a record only where enough lines have it.
DATABASE_FIELD_SPACED = re.compile(r"^(?P<code>" + "|".join(DATABASE_FIELD_CODES) + r")[ \t]+(?=\S)")
MIN_DATABASE_FIELDS = 4  # lines with a code, for a text to be read as such a record
