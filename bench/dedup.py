"""Copy detection throughput and quality: storyline's find_copies against datasketch 2.0.0.

    PYTHONPATH=src .venv/bin/python bench/dedup.py --n 10000 --seed 1

Generates n ~600-word articles from a Zipf vocabulary (no downloads), plants copies of some of
them (0-8 % substituted words, truncations to 30-70 %, an extra paragraph with a new headline,
exact copies), then runs in one process:

  storyline   find_copies end to end: text -> tokens -> shingles -> rensa MinHash -> LSH ->
              exact verification -> groups -> diffs; and the search alone (signatures + LSH +
              candidates) from the same precomputed shingles datasketch is given, at datasketch's
              LSH parameters and at storyline's own (tuned for Jaccard 0.2, to catch teasers).
  datasketch  MinHash.bulk over the *same* shingle hashes (given as ints with an identity
              hashfunc, so its timing excludes shingling) -> MinHashLSH insert -> query every doc;
              same threshold (config.near_copy_threshold) and num_perm (config.num_perm).

Quality is pairwise: a pair is right when both documents come from one planted family.
storyline's pairs are all pairs inside its groups; datasketch's are its raw LSH query results.
Timings come from a first pass; peak memory from a second pass under tracemalloc (Python and
numpy allocations; rensa's Rust heap is invisible to it), and ru_maxrss for the whole process.
"""
from __future__ import annotations

import argparse
import gc
import resource
import time
import tracemalloc
from collections.abc import Callable
from itertools import combinations
from typing import Any

import numpy as np

from storyline.config import Config
from storyline.dedup import CopyCandidate, find_copies
from storyline.dedup.lsh import candidate_pairs, digest_matrix, optimal_bands
from storyline.dedup.shingling import shingle_arrays

VOCABULARY = 20_000
ZIPF_EXPONENT = 1.1
WORDS_PER_DOC = 600
WORDS_PER_PARAGRAPH = 60
COPY_SHARE = 0.15  # share of originals that get one or two copies


def make_corpus(n: int, seed: int) -> tuple[list[CopyCandidate], list[int]]:
    """n candidates and, for each, the planted family it belongs to (its original's index)."""
    rng = np.random.default_rng(seed)
    vocab = [_word(rng) for _ in range(VOCABULARY)]
    weights = 1.0 / np.arange(1, VOCABULARY + 1) ** ZIPF_EXPONENT
    weights /= weights.sum()

    def draw(count: int) -> list[str]:
        return [vocab[i] for i in rng.choice(VOCABULARY, size=count, p=weights)]

    def paragraphs(ws: list[str]) -> str:
        return "\n\n".join(" ".join(ws[i : i + WORDS_PER_PARAGRAPH]) for i in range(0, len(ws), WORDS_PER_PARAGRAPH))

    texts: list[str] = []
    family: list[int] = []
    originals: list[list[str]] = []
    while len(texts) < n:
        ws = draw(int(rng.integers(WORDS_PER_DOC - 100, WORDS_PER_DOC + 100)))
        fam = len(texts)
        texts.append(paragraphs(ws))
        family.append(fam)
        originals.append(ws)
        if rng.random() < COPY_SHARE:
            for _ in range(int(rng.integers(1, 3))):
                if len(texts) >= n:
                    break
                texts.append(_plant_copy(ws, rng, draw, paragraphs))
                family.append(fam)
    items = [CopyCandidate(f"doc{i:06d}", t, int(rng.integers(0, 6))) for i, t in enumerate(texts)]
    return items, family


def _plant_copy(ws: list[str], rng: np.random.Generator, draw: Callable[[int], list[str]],
                paragraphs: Callable[[list[str]], str]) -> str:
    copy = list(ws)
    rate = rng.uniform(0.0, 0.08)
    for i in np.flatnonzero(rng.random(len(copy)) < rate):
        copy[i] = draw(1)[0]
    kind = rng.random()
    if kind < 0.25:  # truncated: a teaser or partial capture
        copy = copy[: int(len(copy) * rng.uniform(0.3, 0.7))]
    elif kind < 0.5:  # republished with a new headline and an extra paragraph
        return " ".join(draw(8)) + "\n\n" + paragraphs(copy) + "\n\n" + " ".join(draw(WORDS_PER_PARAGRAPH))
    elif kind < 0.6:  # exact copy
        copy = list(ws)
    return paragraphs(copy)


def _word(rng: np.random.Generator) -> str:
    return "".join(chr(97 + c) for c in rng.integers(0, 26, int(rng.integers(2, 10))))


def truth_pairs(family: list[int]) -> set[tuple[int, int]]:
    members: dict[int, list[int]] = {}
    for i, f in enumerate(family):
        members.setdefault(f, []).append(i)
    return {p for m in members.values() for p in combinations(m, 2)}


def run_storyline(items: list[CopyCandidate], config: Config) -> dict[str, Any]:
    t0 = time.perf_counter()
    shingle_arrays([it.text for it in items], config.shingle_size)  # the signature stage's input,
    t_shingles = time.perf_counter() - t0                                # timed alone for the split
    t0 = time.perf_counter()
    links = find_copies(items, config)
    total = time.perf_counter() - t0
    index = {it.id: i for i, it in enumerate(items)}
    groups: dict[int, list[int]] = {}
    for link in links:
        groups.setdefault(index[link.original], [index[link.original]]).append(index[link.copy])
    pairs = {tuple(sorted(p)) for m in groups.values() for p in combinations(m, 2)}
    return {"total": total, "shingles": t_shingles, "pairs": pairs, "links": links}


def run_search(items: list[CopyCandidate], config: Config, threshold: float) -> dict[str, Any]:
    """storyline's near-copy search alone, from the same precomputed shingles datasketch gets:
    rensa signatures, numpy banding, candidate pairs (no verification, groups or diffs)."""
    flat, offsets = shingle_arrays([it.text for it in items], config.shingle_size)
    t0 = time.perf_counter()
    bands, rows = optimal_bands(threshold, config.num_perm)
    digests = np.array(digest_matrix(flat, offsets, bands * rows, config.seed).to_rows(), dtype=np.uint32)
    pairs = candidate_pairs(digests, bands, rows)
    total = time.perf_counter() - t0
    return {"total": total, "params": (bands, rows), "candidates": len(pairs)}


def run_datasketch(items: list[CopyCandidate], config: Config) -> dict[str, Any]:
    from datasketch import MinHash, MinHashLSH

    flat, offsets = shingle_arrays([it.text for it in items], config.shingle_size)
    sets = [flat[offsets[i] : offsets[i + 1]].tolist() for i in range(len(items))]
    t0 = time.perf_counter()
    sigs = MinHash.bulk(sets, num_perm=config.num_perm, seed=config.seed, hashfunc=_low32)
    t_sig = time.perf_counter() - t0
    lsh = MinHashLSH(threshold=config.near_copy_threshold, num_perm=config.num_perm)
    with lsh.insertion_session() as session:
        for i, m in enumerate(sigs):
            session.insert(i, m)
    pairs = {(min(i, j), max(i, j)) for i, m in enumerate(sigs) for j in lsh.query(m) if j != i}
    total = time.perf_counter() - t0
    return {"total": total, "signatures": t_sig, "pairs": pairs, "params": (lsh.b, lsh.r)}


def _low32(x: int) -> int:
    return x & 0xFFFFFFFF


def peak_traced(fn: Callable[[], object]) -> float:
    gc.collect()
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    config = Config(seed=args.seed)
    t0 = time.perf_counter()
    items, family = make_corpus(args.n, args.seed)
    truth = truth_pairs(family)
    words = sum(len(it.text.split()) for it in items) / len(items)
    print(f"corpus: {len(items)} docs, {words:.0f} words/doc avg, {len(truth)} planted pairs, "
          f"generated in {time.perf_counter() - t0:.1f} s")
    find_copies(items[:50], config)  # warm-up: builds the code-point table once per process

    s = run_storyline(items, config)
    d = run_datasketch(items, config)
    searches = [run_search(items, config, t) for t in (config.near_copy_threshold, 0.2)]
    s_peak = peak_traced(lambda: find_copies(items, config))
    d_peak = peak_traced(lambda: run_datasketch(items, config))
    n = len(items)
    for name, r, peak in (("storyline", s, s_peak), ("datasketch", d, d_peak)):
        tp = len(r["pairs"] & truth)
        prec = tp / len(r["pairs"]) if r["pairs"] else 1.0
        print(f"\n{name}")
        if name == "storyline":
            partial = sum(link.partial for link in s["links"])
            print(f"  shingling alone (vectorised):  {n / r['shingles']:>9,.0f} docs/s ({r['shingles']:.2f} s)")
            print(f"  find_copies end to end:        {n / r['total']:>9,.0f} docs/s ({r['total']:.2f} s)")
            print(f"  links: {len(s['links'])} ({partial} partial)")
        else:
            print(f"  LSH params (bands, rows):      {r['params']}")
            print(f"  signatures (MinHash.bulk):     {n / r['signatures']:>9,.0f} docs/s ({r['signatures']:.2f} s)")
            print(f"  signatures + LSH + query:      {n / r['total']:>9,.0f} docs/s ({r['total']:.2f} s)")
        print(f"  peak traced memory:            {peak:>9,.0f} MiB (tracemalloc)")
        print(f"  pairs found: {len(r['pairs'])}  true: {tp}  precision {prec:.4f}  recall {tp / len(truth):.4f}")
    print("\nnear-copy search alone, both from the same precomputed shingle hashes (signatures + LSH + candidates):")
    for r in searches:
        print(f"  storyline, LSH params {r['params']}: {n / r['total']:>9,.0f} docs/s ({r['total']:.2f} s), "
              f"{r['candidates']} candidate pairs; {d['total'] / r['total']:.1f}x datasketch")
    print(f"\nspeed ratio, storyline end to end (incl. tokenizing, verification, diffs) / datasketch "
          f"signatures+LSH+query (excl. shingling): {d['total'] / s['total']:.1f}x")
    from_text = s["shingles"] + d["total"]
    print(f"speed ratio, both from text: storyline find_copies / (the same shingling + datasketch signatures+LSH+"
          f"query, no verification or diffs): {from_text / s['total']:.1f}x ({n / from_text:,.0f} docs/s)")
    print(f"process ru_maxrss: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB")


if __name__ == "__main__":
    main()
