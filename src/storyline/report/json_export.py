"""The JSON export: the keys of shared/eval/SCHEMA.md, plus provenance for every value."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..models import Article

if TYPE_CHECKING:
    from ..dossier import Dossier

SCHEMA_KEYS = ("events", "storylines", "quotes", "entities", "dates", "discrepancies")


def article_dict(a: Article) -> dict[str, Any]:
    """One article as exported: the schema's keys first, then what explains them."""
    m = a.meta
    sources = {}
    for name in ("title", "outlet", "byline", "url", "language", "published", "modified", "first_seen"):
        if getattr(m, name) is not None:
            sources[name] = next(
                (c.to_dict() for c in m.candidates if c.field == name and c.value == getattr(m, name) and not c.rejected),
                None,
            )
    return {
        "id": a.id, "path": a.path, "title": m.title, "outlet": m.outlet, "url": m.url,
        "published": m.published, "duplicate_of": a.duplicate_of, "event": None,
        "format": a.format, "byline": m.byline, "language": m.language, "modified": m.modified,
        "first_seen": m.first_seen, "wire": m.wire,
        "sources": sources,
        "date_candidates": [c.to_dict() for c in m.candidates if c.field in {"published", "modified"}],
        "copy": a.copy,
        "words": len(a.text.split()),
        "notes": a.notes,
        **a.stages,  # a registered stage's result, under its name (stage.py)
    }


def to_dict(dossier: Dossier) -> dict[str, Any]:
    """The whole dossier as one JSON-ready object."""
    out: dict[str, Any] = {
        "storyline": {"version": __version__},
        "articles": [article_dict(a) for a in dossier.articles],
        "duplicates": dossier.copy_groups(),
    }
    for key in SCHEMA_KEYS:
        out[key] = []
    out |= dossier.stage_exports()
    out["skipped"] = [{"path": p, "reason": r} for p, r in dossier.skipped]
    return out


def to_json(dossier: Dossier) -> str:
    return json.dumps(to_dict(dossier), ensure_ascii=False, indent=1)
