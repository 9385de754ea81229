"""The dates stages: speed, memory and quality, beside the date libraries a user would reach for.

    python bench/dates.py [--n 2000] [--no-peers]

1. Speed: `find_mentions` (the article stage's work) over N news texts of about 600 words (the
   timex dev articles joined into texts of that length): articles/s and the peak memory it
   allocates (tracemalloc); then the collection stage resolving every mention of those N articles
   (what each build that changes an article redoes): seconds and mentions/s. Then a whole build of
   those N texts as dated .txt files, in one worker per core, with and without the two date stages
   registered: what the stages cost a build, measured in the same run.
2. Quality: the seeds, timex dev (tuned on) and timex test (untouched) built by storyline, exported
   and scored with shared/eval/score.py: dates_acc, the count of predictions (and of resolved ones),
   and hits by the gold's granularity (day/week/month/year). Peers on the same article texts and
   the same anchor days (the day storyline's build found; an article without one is left out for
   them as for us), with the calls shared/data/timex/README.md measured them with:
   dateparser `search_dates(text, languages=["en"], settings={"RELATIVE_BASE": anchor,
   "PREFER_DATES_FROM": "past"})` and timefhuman `timefhuman(text, tfhConfig(now=anchor,
   direction=Direction.previous, return_matched_text=True))`, each found expression resolved to a
   day. They are bench-only (`pip install -e '.[bench]'`); a peer that is not installed is skipped.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import tempfile
import time
import tracemalloc
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import storyline
from storyline.config import Config
from storyline.dates import find_mentions
from storyline.dates.stage import update
from storyline import registry
from storyline.models import Article, Metadata, TextMap
from storyline.parallel import default_workers

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SETS = {"seeds": SHARED / "seeds", "timex dev": SHARED / "data" / "timex" / "dev",
        "timex test": SHARED / "data" / "timex" / "test"}


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def news_texts(n: int, words: int = 600) -> list[str]:
    """N texts of about `words` words, made of the timex dev articles' sentences in turn."""
    lines = [line for f in sorted((SETS["timex dev"] / "articles").glob("*.txt"))
             for line in f.read_text(encoding="utf-8").splitlines() if len(line.split()) > 5]
    texts, i = [], 0
    for _ in range(n):
        text: list[str] = []
        while sum(len(t.split()) for t in text) < words:
            text.append(lines[i % len(lines)])
            i += 1
        texts.append("\n\n".join(text))
    return texts


def speed(n: int) -> None:
    texts = news_texts(n)
    t0 = time.perf_counter()
    found = [find_mentions(t, "en") for t in texts]
    seconds = time.perf_counter() - t0
    tracemalloc.start()
    for t in texts[:200]:
        find_mentions(t, "en")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    mentions = sum(map(len, found))
    print(f"date_mentions stage, {n} texts of ~600 words: {seconds:.2f} s, {n / seconds:.0f} articles/s, "
          f"{mentions} mentions ({mentions / n:.1f} an article); peak allocated {peak / 2**20:.1f} MiB")
    articles = []
    for i, (text, mentions_of) in enumerate(zip(texts, found)):
        article = Article(id=f"a{i}", path=f"a{i}.txt", file=f"a{i}.txt", format="text", text=text, source_text=text,
                          textmap=TextMap.identity(), meta=Metadata(published=f"2024-{i % 12 + 1:02d}-15"),
                          content_hash="")
        article.stages["date_mentions"] = [m.to_row() for m in mentions_of]
        articles.append(article)
    t0 = time.perf_counter()
    rows = update(articles, {"statements": []}, Config()).replace["dates"]  # no statements: no shared days
    seconds = time.perf_counter() - t0
    print(f"dates stage (resolve every mention of {n} articles): {seconds:.3f} s, {len(rows) / seconds:,.0f} "
          f"mentions/s: cheap enough to resolve all again whenever any article changes")


def whole_build(n: int) -> None:
    texts = news_texts(n)
    seconds: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i, text in enumerate(texts):
            day = f"2024-{i % 12 + 1:02d}-15"
            (folder / f"a{i:05d}.txt").write_text(f"Story {i}\n\n{day}\n\n{text}\n", encoding="utf-8")
        saved = dict(registry.STAGES)
        for label in ("without", "with"):
            if label == "without":
                for name in ("date_mentions", "dates"):
                    del registry.STAGES[name]
            t0 = time.perf_counter()
            storyline.build(folder, Path(tmp) / f"{label}.db")
            seconds[label] = time.perf_counter() - t0
            registry.STAGES.clear()
            registry.STAGES.update(saved)
    print(f"whole build of {n} news texts (~600 words, dated), {default_workers()} worker processes: "
          f"{n / seconds['with']:.0f} articles/s with the date stages, {n / seconds['without']:.0f} without")


def granularity(value: str) -> str:
    return ("interval" if "/" in value else "week" if "-W" in value else
            {10: "day", 7: "month", 4: "year"}.get(len(value), "?"))


def by_granularity(score: ModuleType, dossier: dict[str, Any], gold: dict[str, Any]) -> str:
    """Hits per gold granularity, matched as score.py matches them."""
    key = {a["id"]: score.key_of(a) for a in dossier["articles"]}
    gkey = {a["id"]: score.key_of(a) for a in gold["articles"]}
    predicted: dict[str, list[dict[str, Any]]] = {}
    for d in dossier["dates"]:
        predicted.setdefault(key.get(d["article"], d["article"]), []).append(d)
    hits, totals = Counter[str](), Counter[str]()
    for g in gold["dates"]:
        kind = granularity(g["resolved"])
        totals[kind] += 1
        ge = score.norm(g["expression"]).lower()
        hits[kind] += any((pe := score.norm(p["expression"]).lower()) and (pe in ge or ge in pe)
                          and score.interval(p["resolved"]) == score.interval(g["resolved"])
                          for p in predicted.get(gkey[g["article"]], []))
    return ", ".join(f"{k} {hits[k]}/{totals[k]}" for k in ("day", "week", "month", "year", "interval") if totals[k])


def storyline_dossier(folder: Path, tmp: Path) -> dict[str, Any]:
    storyline.build(folder, tmp / "s.db")
    with storyline.Dossier(tmp / "s.db") as dossier:
        return dossier.to_dict()


def peer_dossier(ours: dict[str, Any], folder: Path, find: Any) -> tuple[dict[str, Any], float]:
    """A dossier of what a peer finds in each article file, against storyline's anchor day."""
    dates: list[dict[str, Any]] = []
    seconds = 0.0
    for a in ours["articles"]:
        if not a["published"] or "#" in a["path"]:
            continue
        text = (folder / a["path"]).read_text(encoding="utf-8", errors="replace")
        anchor = dt.datetime.fromisoformat(a["published"])
        t0 = time.perf_counter()
        found = find(text, anchor)
        seconds += time.perf_counter() - t0
        dates += [{"article": a["id"], "expression": e, "resolved": r} for e, r in found]
    return {"articles": ours["articles"], "dates": dates}, seconds


def _day(value: Any) -> str | None:
    if isinstance(value, (dt.datetime, dt.date)):
        return (value.date() if isinstance(value, dt.datetime) else value).isoformat()
    return None


def dateparser_find(text: str, anchor: dt.datetime) -> list[tuple[str, str]]:
    from dateparser.search import search_dates

    found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": anchor, "PREFER_DATES_FROM": "past"})
    return [(e, d) for e, v in found or [] if (d := _day(v))]


def timefhuman_find(text: str, anchor: dt.datetime) -> list[tuple[str, str]]:
    from timefhuman import Direction, tfhConfig, timefhuman

    out = []
    for item in timefhuman(text, tfhConfig(now=anchor, direction=Direction.previous, return_matched_text=True)):
        expression, _, value = item
        values = value if isinstance(value, list) else [value]
        for v in values:
            if isinstance(v, tuple) and len(v) == 2 and (a := _day(v[0])) and (b := _day(v[1])):
                out.append((expression, a if a == b else f"{a}/{b}"))
            elif d := _day(v):
                out.append((expression, d))
    return out


PEERS = {"dateparser 1.x search_dates": ("dateparser", dateparser_find),
         "timefhuman 0.1.5": ("timefhuman", timefhuman_find)}


def quality(peers: bool) -> None:
    score = scorer()
    for name, where in SETS.items():
        gold = json.loads((where / "gold.json").read_text(encoding="utf-8"))
        folder = where / "articles"
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            ours = storyline_dossier(folder, Path(tmp))
            seconds = time.perf_counter() - t0
        resolved = sum(1 for d in ours["dates"] if d["resolved"])
        print(f"{name}: storyline dates_acc {score.score(ours, gold)['dates_acc']:.4f}, {len(ours['dates'])} "
              f"predictions ({resolved} resolved); {by_granularity(score, ours, gold)}; whole build {seconds:.1f} s")
        if not peers:
            continue
        for peer, (module, find) in PEERS.items():
            if importlib.util.find_spec(module) is None:
                print(f"  {peer}: not installed (pip install -e '.[bench]')")
                continue
            theirs, seconds = peer_dossier(ours, folder, find)
            print(f"  {peer}: dates_acc {score.score(theirs, gold)['dates_acc']:.4f}, {len(theirs['dates'])} "
                  f"predictions; {by_granularity(score, theirs, gold)}; {seconds:.1f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--no-peers", action="store_true")
    args = ap.parse_args()
    speed(args.n)
    whole_build(args.n)
    quality(not args.no_peers)


if __name__ == "__main__":
    main()
