"""Names under which list records and front matter give each article field (case-insensitive)."""
from __future__ import annotations

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
}
# The same, keyed by name: "headline" -> "title", "author" -> "byline", ...
FIELD_OF_NAME: dict[str, str] = {name: field for field, names in FIELD_ALIASES.items() for name in names}
