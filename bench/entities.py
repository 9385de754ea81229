"""Entities: what showing the model only the windows where a name can be costs and saves.

    python bench/entities.py [--n 2000] [--contexts 40,100] [--skip-build | --only-build]

1. The model alone (tok2vec+ner), per article, in a fresh process per mode: articles/s and the
   process's peak RSS, over 200 generated 600-word news-like articles (names, titles, places,
   acronyms in running text) and over bench/build.py's articles. "whole" (the model over every
   token, as the peer does) against "windows" (windows.py, CONTEXT characters either side).
2. Quality: entity_variants P/R/F1 (shared/eval/score.py) of a whole build of the seeds and of
   shared/data/ecbplus/dev, each mode; ecbplus/test printed for the mode shipped only (untouched
   while tuning: CONTEXT was chosen on dev).
3. A whole `storyline build` (two worker processes) of `--n` articles of bench/build.py's
   generator, and of `--n` name-dense articles: articles/s, windows against whole text.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "bench"))

FIRST = "Anna Jaan Marek Olga Pavel Ilse Tomas Greta Viktor Lena Oskar Maris Andrei Katrin Rasmus Elena".split()
LAST = "Berg Tamm Kask Ozols Novak Lind Sorensen Petrov Kallas Rebane Vesik Niemi Dahl Horvat Saar Koval".split()
TITLES = ["President", "Prime Minister", "Foreign Minister", "spokesman", "Mayor", "Finance Minister", "Governor"]
PLACES = "Tallinn Riga Vilnius Helsinki Narva Tartu Gdansk Kaunas Turku Klaipeda Parnu Oulu".split()
ORGS = [("Baltic Ports Authority", "BPA"), ("Northern Grain Council", "NGC"), ("Harbour Workers Union", "HWU"),
        ("Coastal Shipping Board", "CSB"), ("Regional Water Agency", "RWA")]
FILLER = ("the talks went on for hours while farmers waited for news of the new tariffs and the price of grain fell "
          "again as ships stayed in port and officials said that a deal could come within weeks or months").split()


def news(rng: random.Random, words: int = 600) -> str:
    """A news-like article of about `words` words: names, titles, places and acronyms in running text."""
    out: list[str] = []
    people = [(rng.choice(FIRST), rng.choice(LAST)) for _ in range(3)]
    org, acr = rng.choice(ORGS)
    out.append(f"The {org} ({acr}) said on Monday that talks in {rng.choice(PLACES)} would resume.")
    while sum(len(s.split()) for s in out) < words:
        first, last = rng.choice(people)
        sentence = " ".join(rng.choice(FILLER) for _ in range(rng.randint(10, 22)))
        pick = rng.random()
        if pick < 0.3:
            lead = f"{rng.choice(TITLES)} {first} {last} said"
        elif pick < 0.6:
            lead = f"{last} told reporters in {rng.choice(PLACES)} that"
        elif pick < 0.75:
            lead = f"The {acr} said"
        else:
            lead = "Officials said"
        out.append(f"{lead} {sentence}.")
    paras = [" ".join(out[i:i + 5]) for i in range(0, len(out), 5)]
    return "\n\n".join(paras)


def generated(n: int, seed: int) -> list[str]:
    from build import generate  # bench/build.py's articles

    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp), n, seed)
        return [p.read_text(encoding="utf-8") for p in sorted(Path(tmp).glob("*.txt"))][:n]


# -- worker: one mode in a fresh process ---------------------------------------------------------
def use_mode(mode: str) -> None:
    """Make the registered mentions stage show the model `mode`: "whole" text or "windows:N"."""
    from storyline import registry
    from storyline.entities import stage
    from storyline.entities.mentions import find_mentions
    from storyline.entities.ner import recognizer

    context = None if mode == "whole" else int(mode.split(":")[1])

    def run(state: dict[str, Any]) -> dict[str, Any]:
        return {"mentions": find_mentions(state["cleaned"].text, recognizer(), context)}

    registry.STAGES["mentions"] = dataclasses.replace(stage.MENTIONS, run=run)


def worker(args: argparse.Namespace) -> None:
    use_mode(args.mode)
    import storyline
    from storyline.entities.mentions import find_mentions
    from storyline.entities.ner import recognizer

    context = None if args.mode == "whole" else int(args.mode.split(":")[1])
    if args.task == "model":
        texts = json.loads(Path(args.input).read_text(encoding="utf-8"))
        model = recognizer()
        model.spans(["Warm up."])
        t0 = time.perf_counter()
        found = sum(len(find_mentions(t, model, context)) for t in texts)
        dt = time.perf_counter() - t0
        print(json.dumps({"rate": len(texts) / dt, "mentions": found,
                          "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
    elif args.task == "build":
        t0 = time.perf_counter()
        report = storyline.build(args.input, args.db, workers=args.workers)
        dt = time.perf_counter() - t0
        peak = max(resource.getrusage(w).ru_maxrss for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
        if args.out:
            with storyline.Dossier(args.db) as d:
                Path(args.out).write_text(json.dumps(d.to_dict()), encoding="utf-8")
        print(json.dumps({"rate": report.articles / dt, "seconds": dt, "rss": peak / 1024}))


def call(*args: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, "--worker", *args], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(done.stderr[-3000:])
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# -- the figures ---------------------------------------------------------------------------------
def model_speed(modes: list[str]) -> None:
    rng = random.Random(7)
    sets = {"news-like": [news(rng) for _ in range(200)], "bench/build.py": generated(200, 1)}
    print("1. the model alone, one process, 200 articles of ~600 words")
    with tempfile.TemporaryDirectory() as tmp:
        for name, texts in sets.items():
            path = Path(tmp) / "texts.json"
            path.write_text(json.dumps(texts), encoding="utf-8")
            for mode in modes:
                r = call("--mode", mode, "--task", "model", "--input", str(path))
                print(f"   {name:15} {mode:12} {r['rate']:7.1f} articles/s  peak RSS {r['rss']:5.0f} MB  "
                      f"{r['mentions']} mentions")


def variants(modes: list[str], shipped: str) -> None:
    print("2. entity_variants P / R / F1 of a whole build")
    sets = [("seeds", SHARED / "seeds"), ("ecbplus dev", SHARED / "data" / "ecbplus" / "dev"),
            ("ecbplus test", SHARED / "data" / "ecbplus" / "test")]
    with tempfile.TemporaryDirectory() as tmp:
        for name, home in sets:
            for mode in modes if name != "ecbplus test" else [shipped, "whole"]:
                db, out = Path(tmp) / f"{name}{mode}.db", Path(tmp) / "d.json"
                r = call("--mode", mode, "--task", "build", "--input", str(home / "articles"), "--db", str(db),
                         "--out", str(out), "--workers", "2")
                scored = json.loads(subprocess.run(
                    [sys.executable, str(SHARED / "eval" / "score.py"), str(out), str(home / "gold.json"), "--json"],
                    capture_output=True, text=True, check=True).stdout)
                print(f"   {name:13} {mode:12} {scored['entity_variants.p']:.3f} / {scored['entity_variants.r']:.3f}"
                      f" / {scored['entity_variants.f1']:.3f}   ({r['rate']:.1f} articles/s)")


def whole_build(n: int, modes: list[str]) -> None:
    from build import generate

    print(f"3. storyline build of {n} generated ~600-word articles, 2 worker processes")
    with tempfile.TemporaryDirectory() as tmp:
        plain, dense = Path(tmp) / "plain", Path(tmp) / "dense"
        plain.mkdir()
        dense.mkdir()
        generate(plain, n, 1)
        rng = random.Random(3)
        for i in range(n):
            (dense / f"n{i:06d}.txt").write_text(f"Story {i}\n\n2024-05-{i % 28 + 1:02d}\n\n{news(rng)}\n",
                                                 encoding="utf-8")
        for name, folder in (("bench/build.py", plain), ("news-like", dense)):
            for mode in modes:
                r = call("--mode", mode, "--task", "build", "--input", str(folder), "--db",
                         str(Path(tmp) / f"{name.replace('/', '_')}{mode}.db"), "--workers", "2")
                print(f"   {name:15} {mode:12} {r['rate']:6.1f} articles/s ({r['seconds']:.0f} s), "
                      f"peak RSS of one process {r['rss']:.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--contexts", default="", help="other window contexts to measure, e.g. 60,150")
    ap.add_argument("--skip-build", action="store_true")
    ap.add_argument("--only-build", action="store_true")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--mode", default="windows")
    ap.add_argument("--task", default="")
    ap.add_argument("--input", default="")
    ap.add_argument("--db", default="")
    ap.add_argument("--out", default="")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    if args.worker:
        worker(args)
        return
    from storyline.entities.windows import CONTEXT

    shipped = f"windows:{CONTEXT}"
    modes = [shipped] + [f"windows:{c}" for c in args.contexts.split(",") if c] + ["whole"]
    if not args.only_build:
        model_speed(modes)
        variants(modes, shipped)
    if not args.skip_build:
        whole_build(args.n, [shipped, "whole"])


if __name__ == "__main__":
    main()
