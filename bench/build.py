"""Ingest + normalize + metadata + copies: throughput, peak memory and date quality.

    python bench/build.py [--n 2000] [--seed 1]

1. Speed: a generated corpus (plain text, Markdown and HTML pages of ~600 words, 10 % copies)
   built into a fresh store, reading in this process and then in one worker per core;
   articles/s for the whole build and peak RSS.
2. Incremental: one article (a copy of another, with a sentence added) put beside the built
   corpus and built again: seconds of the copies stage and MinHash signatures computed, against
   a build from scratch of the same folder.
3. Quality: every gold file that dates its articles (the seeds, the examples, the test corpora,
   GVC dev/test) built and scored with shared/eval/score.py: published_acc and duplicates F1.
   Peer on the same files: the first date `dateparser.search.search_dates` finds in the first
   400 characters (what a user gets from a date library without provenance rules), and htmldate
   on HTML pages.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import storyline
from storyline.parallel import default_workers

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
WORDS = ("river dam council talks water minister valley farmers border treaty envoy flow season harbour "
         "strike union port ships vote mayor bridge budget court ruling election protest").split()


def generate(folder: Path, n: int, seed: int) -> None:
    rng = random.Random(seed)
    vocab = WORDS + [f"w{i}" for i in range(3000)]
    texts: list[str] = []
    for i in range(n):
        if texts and rng.random() < 0.1:
            body = rng.choice(texts)
        else:
            paras = [" ".join(rng.choice(vocab) for _ in range(100)).capitalize() + "." for _ in range(6)]
            body = "\n\n".join(paras)
            texts.append(body)
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        kind = i % 3
        if kind == 0:
            (folder / f"a{i:06d}.txt").write_text(f"Story {i}\n\n{day}\n\n{body}\n", encoding="utf-8")
        elif kind == 1:
            (folder / f"a{i:06d}.md").write_text(f"# Story {i}\n\n{day}\n\n{body}\n", encoding="utf-8")
        else:
            ps = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
            (folder / f"a{i:06d}.html").write_text(
                f"<html><head><title>Story {i}</title><meta property='article:published_time' content='{day}'>"
                f"</head><body><nav><a href='/'>Home</a></nav><article><h1>Story {i}</h1>{ps}</article>"
                f"<footer>© Example</footer></body></html>", encoding="utf-8")


def speed(n: int, seed: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        generate(folder, n, seed)
        for workers in (1, None):
            db = Path(tmp) / f"s{workers}.db"
            t0 = time.perf_counter()
            report = storyline.build(folder, db, workers=workers)
            dt = time.perf_counter() - t0
            size = db.stat().st_size
            peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
            label = "1 process" if workers == 1 else f"{default_workers()} worker processes"
            print(f"build of {n} generated articles (1/3 each txt, md, html; ~600 words), {label}: {dt:.1f} s, "
                  f"{n / dt:.0f} articles/s; {report.copies} copies; store {size / 2**20:.1f} MB; "
                  f"peak RSS of one process {peak / 1024:.0f} MB")


def incremental(n: int, seed: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        generate(folder, n, seed)
        db = Path(tmp) / "s.db"
        first = storyline.build(folder, db)
        body = (folder / "a000000.txt").read_text(encoding="utf-8")
        (folder / "added.txt").write_text(body + "\nOne sentence the reprint adds at its end.\n", encoding="utf-8")
        t0 = time.perf_counter()
        again = storyline.build(folder, db)
        dt = time.perf_counter() - t0
        t0 = time.perf_counter()
        scratch = storyline.build(folder, Path(tmp) / "scratch.db")
        dt_scratch = time.perf_counter() - t0
        print(f"one article added to {n}: second build {dt:.1f} s, {again.computed['copies']} signature computed "
              f"(the first build computed {first.computed['copies']}); the same folder from scratch "
              f"{dt_scratch:.1f} s, {scratch.computed['copies']} signatures; {again.copies} copies either way: "
              f"{again.copies == scratch.copies}")


def peer_date(path: Path) -> str | None:
    """The first date a date library finds near the top of the file (HTML: htmldate)."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in {".html", ".htm"}:
        from htmldate import find_date

        return find_date(raw, extensive_search=False)
    from dateparser.search import search_dates

    found = search_dates(raw[:400], languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return found[0][1].date().isoformat() if found else None


def quality() -> None:
    # Every folder with articles/ and gold.json: the seeds, the examples, each tests/corpora/* set, GVC.
    homes = [("seeds", SHARED / "seeds"), ("examples", ROOT / "examples")]
    homes += [(f"tests/corpora/{d.name}", d) for d in sorted((ROOT / "tests" / "corpora").iterdir())
              if (d / "gold.json").is_file()]
    homes += [(f"gvc {split}", SHARED / "data" / "gvc" / split) for split in ("dev", "test")]
    sets = [(name, home / "articles", home / "gold.json") for name, home in homes]
    print(f"\n{'set':22} {'articles':>8} {'published_acc':>14} {'peer':>6} {'duplicates.f1':>14} {'art/s':>7}")
    for name, folder, gold in sets:
        if not gold.is_file():
            print(f"{name:22} (missing)")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            storyline.build(folder, Path(tmp) / "s.db")
            dt = time.perf_counter() - t0
            with storyline.Dossier(Path(tmp) / "s.db") as d:
                dossier = d.to_dict()
            out = Path(tmp) / "d.json"
            out.write_text(json.dumps(dossier), encoding="utf-8")
            figures = json.loads(subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(out), str(gold),
                                                 "--json"], capture_output=True, text=True, check=True).stdout)
        gold_data = json.loads(gold.read_text(encoding="utf-8"))
        gold_articles = gold_data["articles"]
        dup = f"{figures['duplicates.f1']:14.3f}" if "duplicates" in gold_data else f"{'n/a':>14}"
        ok = judged = 0
        for a in gold_articles:  # the peer reads files: records of a list file are not judged for it
            path = folder / Path(a["file"]).name if not (folder / a["file"]).exists() else folder / a["file"]
            if "#" in a["file"] or not path.exists():
                continue
            judged += 1
            ok += peer_date(path) == a.get("published")
        peer = f"{ok / judged:6.3f}" if judged else f"{'n/a':>6}"
        note = f"  (peer over the {judged} whole files)" if judged < len(gold_articles) else ""
        print(f"{name:22} {len(gold_articles):8d} {figures['published_acc']:14.3f} {peer} "
              f"{dup} {len(gold_articles) / dt:7.0f}{note}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    speed(args.n, args.seed)
    incremental(args.n, args.seed)
    quality()


if __name__ == "__main__":
    main()
