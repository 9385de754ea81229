"""The Markdown export: the dossier for reading, each article with where its metadata came from, and
each statement several articles report with every source's wording side by side."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..dossier import Dossier


def _cell(value: object) -> str:
    return "—" if value in (None, "") else str(value).replace("|", "\\|").replace("\n", " ")


def to_markdown(dossier: Dossier) -> str:
    arts = dossier.articles
    by_id = {a.id: a for a in arts}
    dated = sorted(a.meta.published for a in arts if a.meta.published)
    outlets = sorted({a.meta.outlet for a in arts if a.meta.outlet})
    groups = dossier.copy_groups()
    lines = [
        "# Dossier", "",
        f"{len(arts)} articles from {len(outlets)} outlets"
        + (f", {dated[0]} to {dated[-1]}" if dated else "")
        + f"; {sum(len(g) - 1 for g in groups)} copies in {len(groups)} groups.", "",
        "## Articles", "",
        "| id | published | title | outlet | path | copy of |",
        "|---|---|---|---|---|---|",
    ]
    for a in sorted(arts, key=lambda a: (a.meta.published or "9999", a.path)):
        src = a.meta.source_of("published") or ""
        pub = f"{a.meta.published} ({src})" if a.meta.published else "unknown"
        lines.append(f"| {a.id} | {pub} | {_cell(a.meta.title)} | {_cell(a.meta.outlet)} | {_cell(a.path)} "
                     f"| {_cell(a.duplicate_of)} |")
    if groups:
        lines += ["", "## Copies", ""]
        for group in groups:
            canon = by_id[group[0]]
            lines.append(f"### {_cell(canon.meta.title or canon.path)}")
            lines.append(f"Canonical: `{canon.path}`")
            for cid in group[1:]:
                c = by_id[cid]
                info = c.copy or {}
                diff = info.get("diff", {})
                partial = ", partial" if info.get("partial") else ""
                lines.append(f"- `{c.path}`: {info.get('kind')} copy, similarity {info.get('similarity')}{partial}; "
                             f"words +{diff.get('words_added', 0)} −{diff.get('words_removed', 0)}")
                for p in diff.get("paragraphs_added", [])[:3]:
                    lines.append(f"  - added: “{_cell(p)}”")
                for p in diff.get("paragraphs_removed", [])[:3]:
                    lines.append(f"  - missing: “{_cell(p)}”")
                for ch in diff.get("paragraphs_changed", [])[:3]:
                    lines.append(f"  - changed: “{_cell(ch.get('original'))}” → “{_cell(ch.get('copy'))}”")
            lines.append("")
    statements = dossier.stage_exports().get("statements", [])
    if statements:
        lines += ["", "## Statements reported by several articles", ""]
        for st in statements:
            lines.append(f"### {_cell(st['speaker'] or 'Unknown speaker')} ({st['id']})")
            lines += ["", "| article | outlet | published | kind | wording |", "|---|---|---|---|---|"]
            for w in st["wordings"]:
                said = by_id.get(w["article"])
                meta = said.meta if said is not None else None
                lines.append(f"| {w['article']} | {_cell(meta and meta.outlet)} | {_cell(meta and meta.published)} "
                             f"| {w['kind']} | “{_cell(w['text'])}” |")
            lines.append("")
    skipped = dossier.skipped
    if skipped:
        lines += ["", "## Skipped records", ""]
        lines += [f"- `{p}`: {r}" for p, r in skipped]
    return "\n".join(lines) + "\n"
