"""Real web pages: storyline's publication day and headline against htmldate and trafilatura.

    python bench/web_pages.py [--set ../shared/data/realweb/dev]

Builds the pages with storyline (the whole build: reading, cleaning, metadata, copies) and, in
the same run, asks htmldate 1.11 `find_date(original_date=True)` (extensive search, its best
setting) and trafilatura's `bare_extraction` title for each page. Prints, for each: the share
of pages dated right (`published_acc`), the share dated wrong (`published_wrong`: a day given
and wrong, worse than none), the share with the right headline (`title_acc`, compared as the
shared scorer compares names) and the time taken. Read the pages as files: no tool is given
the page's address.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
import warnings
from pathlib import Path

import storyline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))
from score import same_name  # noqa: E402 - the scorer's own name comparison


def figures(pred: dict[str, tuple[str | None, str | None]], gold: list[dict]) -> tuple[float, float, float]:
    right = sum(pred[g["file"]][0] == g["published"] for g in gold)
    wrong = sum(bool(pred[g["file"]][0]) and pred[g["file"]][0] != g["published"] for g in gold)
    titled = [g for g in gold if "title" in g]
    titles = sum(same_name(pred[g["file"]][1], g["title"]) for g in titled)
    return right / len(gold), wrong / len(gold), titles / len(titled) if titled else float("nan")


def storyline_run(folder: Path) -> tuple[dict[str, tuple[str | None, str | None]], float]:
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        storyline.build(folder, Path(tmp) / "s.db")
        seconds = time.perf_counter() - t0
        with storyline.Dossier(Path(tmp) / "s.db") as d:
            out = {Path(a.path).name: (a.meta.published, a.meta.title) for a in d.articles}
    return out, seconds


def peer_run(folder: Path, names: list[str]) -> tuple[dict[str, tuple[str | None, str | None]], float]:
    from htmldate import find_date
    from trafilatura import bare_extraction

    out: dict[str, tuple[str | None, str | None]] = {}
    t0 = time.perf_counter()
    for name in names:
        html = (folder / name).read_bytes().decode("utf-8", errors="replace")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            day = find_date(html, extensive_search=True, original_date=True)
            doc = bare_extraction(html, with_metadata=True)
        out[name] = (day, getattr(doc, "title", None) if doc is not None else None)
    return out, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", type=Path, default=SHARED / "data" / "realweb" / "dev")
    args = ap.parse_args()
    gold = [dict(g, file=Path(g["file"]).name) for g in json.loads((args.set / "gold.json").read_text())["articles"]]
    names = [g["file"] for g in gold]
    ours, our_s = storyline_run(args.set / "articles")
    ours = {n: ours.get(n, (None, None)) for n in names}
    peer, peer_s = peer_run(args.set / "articles", names)
    print(f"{len(gold)} pages of {args.set}")
    print(f"{'tool':34} {'published_acc':>13} {'published_wrong':>15} {'title_acc':>9} {'seconds':>8} {'pages/s':>8}")
    for tool, pred, secs in (("storyline build (whole pipeline)", ours, our_s),
                             ("htmldate extensive + trafilatura", peer, peer_s)):
        acc, wrong, title = figures(pred, gold)
        print(f"{tool:34} {acc:13.3f} {wrong:15.3f} {title:9.3f} {secs:8.1f} {len(gold) / secs:8.1f}")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
