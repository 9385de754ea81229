"""Group copies of one article and describe each copy against the group's canonical member.

`find_copies` runs these steps:

1. Tokenize and hash every text (vectorised); texts with no word are left out; a text's first
   `MAX_SHINGLED_WORDS` words are shingled (exact copies are still told by every word).
2. Exact copies: the same token stream (case, punctuation and line breaks ignored).
3. One representative per exact group is signed with rensa MinHash and banded (LSH, in numpy) with
   bands come from `optimal_bands(CANDIDATE_JACCARD or the configured threshold, num_perm)`.
4. Candidates whose MinHash estimate is far below that (`PREFILTER_JACCARD`) are dropped; pairs
   that open alike are added (a short teaser covers too little for LSH). Every candidate pair is
   verified on the exact shingle sets: a link when Jaccard ≥ ``config.near_copy_threshold``, or
   when the smaller text lies ≥ `CONTAINMENT` inside the other (a teaser or partial capture; its
   Jaccard is about the share it covers), and only when their figures agree (not a template).
5. Groups are the connected components of the links (union-find); the canonical member is the most
   complete: among the members with ≥ `FULL_LENGTH_SHARE` of the longest member's words, the most
   metadata fields, then the most words, then the smallest id.
6. Each other member gets a `CopyLink` with its Jaccard and diff against the canonical member;
   it is partial when it lies inside the canonical text but keeps at most
   ``config.partial_share`` of its words.

`copy_groups` runs the same steps with what an earlier run found (`Known`, kept by the copies
stage, stage.py): steps 1 and 3 only for new texts, step 4's verification only for pairs not
verified before, step 6's diff only for links with a new end. Each of those decides from its one
text or pair, and the candidates of step 3 come from every signature, so the links are the same.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
import numpy.typing as npt

from ..config import Config
from ..errors import ConfigError
from ..models import CopyLink
from .diff import MAX_DIFF_CHARS, copy_diff, paragraphs
from .lsh import candidate_pairs, digest_matrix, optimal_bands
from .shingling import shingles_from_tokens, token_arrays

# LSH is tuned for this Jaccard when it is below the configured threshold, so that teasers
# covering ≥ ~25 % of their original become candidates. bench/dedup.py --n 10000 --seed 1:
# planted truncations to 30-70 % with ≤ 8 % substituted words are all found at 0.2; the 25 × 5
# bands of threshold 0.5 miss most truncations below 50 %.
CANDIDATE_JACCARD = 0.2
# Share of the smaller text's shingles found in the larger one for a containment link. Planted
# copies with 8 % substituted words keep ~0.92**3 ≈ 0.78 of their 3-shingles (bench/dedup.py);
# distinct same-topic articles sharing a quote stay under 0.15 (tests/test_dedup.py).
CONTAINMENT = 0.7
# Candidates whose MinHash estimate is below this are dropped before exact verification: with
# bands of 2 rows, most candidates are chance collisions at true Jaccard ~0.02
# (bench/dedup.py --n 10000: 83k candidates, 2.2k links). The estimate over 56 permutations has a
# standard error of ~0.05 at J = 0.2, so 0.08 keeps every pair the 0.2 tuning is meant to catch.
PREFILTER_JACCARD = 0.08
# Too short to judge containment: a shared quote alone must not make a copy.
MIN_CONTAINED_SHINGLES = 20
# Openings compared for teasers: a pair sharing OPENING_MATCH of the first OPENING_SHINGLES
# shingles (about a sentence) is verified; a shingle opening more than MAX_OPENING_POSTINGS
# texts is a stock phrase, not evidence.
OPENING_SHINGLES = 20
OPENING_MATCH = 8
MAX_OPENING_POSTINGS = 50
# Figures: texts with at least MIN_FIGURES numbers link only when FIGURES_AGREE of the figures
# of the one with fewer stand in the other (a template's figures change, a copy's do not).
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
MIN_FIGURES = 3
FIGURES_AGREE = 0.5
# A member this close to the longest in words competes for canonical on metadata first: a title
# line and a source footer add ~10 words, 10 % of a short story (tests/test_dedup.py).
FULL_LENGTH_SHARE = 0.9
# A text's first this many words are shingled for near-copy search: a few hundred long
# articles' worth. All 7.5 million shingles of a 50 MB text took over 1 GB in the MinHash and
# verification arrays.
MAX_SHINGLED_WORDS = 1_000_000


@dataclass(frozen=True, slots=True)
class CopyCandidate:
    """One article as copy detection sees it.

    `completeness` is how many of title, outlet, url, published and byline are known.
    """

    id: str
    text: str
    completeness: int = 0


@dataclass(frozen=True, slots=True)
class Signature:
    """What copy detection keeps of one article between builds: its exact-copy key, its word
    count, its opening shingles and (for a group's representative) its MinHash digest."""

    exact_key: bytes
    words: int
    opening: bytes  # unique uint64 shingle hashes of the opening (step 4)
    digest: bytes | None = None  # uint32 MinHash values, bands × rows of them (step 3)


@dataclass(slots=True)
class Known:
    """What an earlier run found, for articles unchanged since: signatures by id, verified pairs
    (id, id) -> linked, and links (copy id, original id) -> CopyLink."""

    signatures: dict[str, Signature] = field(default_factory=dict)
    pairs: dict[tuple[str, str], bool] = field(default_factory=dict)
    links: dict[tuple[str, str], CopyLink] = field(default_factory=dict)


@dataclass(slots=True)
class Found:
    """The links, with what a later run may reuse (`Known`), and how many signatures were computed."""

    links: list[CopyLink]
    known: Known
    signed: int


def find_copies(items: Sequence[CopyCandidate], config: Config) -> list[CopyLink]:
    """One `CopyLink` per non-canonical member of every group of copies, sorted by (original, copy).

    The result does not depend on the order of `items`.
    """
    return copy_groups(items, config).links


def copy_groups(items: Sequence[CopyCandidate], config: Config, known: Known | None = None) -> Found:
    """`find_copies`, reusing what `known` holds for the items it knows: only new items are
    tokenized and signed, only pairs not verified before are verified, and only links whose two
    ends are not both known are described again. The links are the same as with nothing known
    (every step decides from its pair alone, and the candidate pairs come from all signatures).
    """
    ids = [item.id for item in items]
    if len(set(ids)) != len(ids):
        raise ConfigError("find_copies needs unique ids; two candidates share one")
    items = sorted(items, key=lambda item: item.id)
    known = known or Known()
    texts = _Texts(items, config.shingle_size)
    sigs = [known.signatures.get(item.id) for item in items]
    fresh = {items[i].id for i, sig in enumerate(sigs) if sig is None}
    texts.load([i for i, sig in enumerate(sigs) if sig is None])  # 1.
    signatures = [sig or texts.signature(i) for i, sig in enumerate(sigs)]
    groups = _DisjointSet(len(items))

    first_of: dict[bytes, int] = {}  # 2.
    for i, sig in enumerate(signatures):
        if sig.words == 0:
            continue
        if sig.exact_key in first_of:
            groups.union(first_of[sig.exact_key], i)
        else:
            first_of[sig.exact_key] = i

    reps = sorted(first_of.values())  # 3.
    pairs: dict[tuple[str, str], bool] = {}
    signed = 0
    if len(reps) > 1:
        bands, rows = optimal_bands(min(config.near_copy_threshold, CANDIDATE_JACCARD), config.num_perm)
        unsigned = [i for i in reps if signatures[i].digest is None]
        if unsigned:
            texts.load(unsigned)
            flats = [texts.shingles(i) for i in unsigned]
            rep_offsets = np.zeros(len(unsigned) + 1, dtype=np.int64)
            np.cumsum([f.size for f in flats], out=rep_offsets[1:])
            matrix = digest_matrix(np.concatenate(flats), rep_offsets, bands * rows, config.seed)
            for i, row in zip(unsigned, matrix.to_rows()):
                signatures[i] = replace(signatures[i], digest=np.array(row, dtype=np.uint32).tobytes())
            signed = len(unsigned)
        digests = np.stack([np.frombuffer(signatures[i].digest or b"", dtype=np.uint32) for i in reps])
        candidates = candidate_pairs(digests, bands, rows)
        estimate = (digests[candidates[:, 0]] == digests[candidates[:, 1]]).mean(axis=1) if len(candidates) \
            else np.zeros(0)
        todo = {(reps[a], reps[b]) for a, b in candidates[estimate >= PREFILTER_JACCARD].tolist()}
        todo |= _same_opening([np.frombuffer(s.opening, dtype=np.uint64) for s in signatures], reps)
        reusable = {(i, j): known.pairs[items[i].id, items[j].id] for i, j in todo
                    if (items[i].id, items[j].id) in known.pairs and fresh.isdisjoint((items[i].id, items[j].id))}
        texts.load({x for pair in todo if pair not in reusable for x in pair})
        sets, numbers = _ShingleSets(texts), _Numbers(items)
        for i, j in sorted(todo):  # 4.
            linked = reusable.get((i, j))
            if linked is None:
                linked = _linked(sets, i, j, config.near_copy_threshold) and numbers.agree(i, j)
            pairs[items[i].id, items[j].id] = linked
            if linked:
                groups.union(i, j)

    n_words = np.array([s.words for s in signatures], dtype=np.int64)
    links: list[CopyLink] = []
    originals: dict[int, str | list[tuple[str, list[str]]]] = {}
    link_sets = _ShingleSets(texts)
    for members in groups.components():  # 5.
        longest = max(int(n_words[m]) for m in members)
        canonical = min(
            (m for m in members if n_words[m] >= FULL_LENGTH_SHARE * longest),
            key=lambda m: (-items[m].completeness, -int(n_words[m]), items[m].id),
        )
        for m in members:
            if m == canonical:
                continue
            key = (items[m].id, items[canonical].id)
            link = known.links.get(key) if fresh.isdisjoint(key) else None
            if link is None:
                if canonical not in originals:
                    text = items[canonical].text
                    originals[canonical] = paragraphs(text) if len(text) <= MAX_DIFF_CHARS else text
                texts.load([m, canonical])
                exact = signatures[m].exact_key == signatures[canonical].exact_key
                link = _link(items, link_sets, exact, n_words, m, canonical, originals[canonical],
                             config)  # 6.
            links.append(link)
    links.sort(key=lambda link: (link.original, link.copy))
    reuse = Known({item.id: sig for item, sig in zip(items, signatures)}, pairs,
                  {(link.copy, link.original): link for link in links})
    return Found(links, reuse, signed)


class _Texts:
    """Token and shingle hashes of the items asked for (`load`), computed in vectorised batches."""

    def __init__(self, items: Sequence[CopyCandidate], k: int) -> None:
        self._items, self._k = items, k
        self._tokens: dict[int, npt.NDArray[np.uint64]] = {}
        self._shingles: dict[int, npt.NDArray[np.uint64]] = {}

    def load(self, indices: Iterable[int]) -> None:
        todo = sorted(set(indices) - self._tokens.keys())
        if not todo:
            return
        tokens, offsets = token_arrays([self._items[i].text for i in todo])
        flat, flat_offsets = shingles_from_tokens(*_first_words(tokens, offsets), self._k)
        for x, i in enumerate(todo):
            self._tokens[i] = tokens[offsets[x] : offsets[x + 1]]
            self._shingles[i] = flat[flat_offsets[x] : flat_offsets[x + 1]]

    def shingles(self, i: int) -> npt.NDArray[np.uint64]:
        return self._shingles[i]

    def signature(self, i: int) -> Signature:
        """The digest-less signature of a loaded item."""
        tokens = self._tokens[i]
        key = hashlib.blake2b(tokens.tobytes(), digest_size=16).digest()
        opening = np.unique(self._shingles[i][:OPENING_SHINGLES])
        return Signature(key, int(tokens.size), opening.astype(np.uint64).tobytes())


def _first_words(tokens: npt.NDArray[np.uint64], offsets: npt.NDArray[np.int64],
                 limit: int = MAX_SHINGLED_WORDS) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64]]:
    """The token hashes of each text's first `limit` words, with their offsets."""
    counts = np.diff(offsets)
    if counts.size == 0 or counts.max() <= limit:
        return tokens, offsets
    kept = np.minimum(counts, limit)
    position = np.arange(tokens.size) - np.repeat(offsets[:-1], counts)
    new_offsets = np.zeros_like(offsets)
    np.cumsum(kept, out=new_offsets[1:])
    return tokens[position < np.repeat(kept, counts)], new_offsets


def _same_opening(openings: Sequence[npt.NDArray[np.uint64]], reps: list[int]) -> set[tuple[int, int]]:
    """Pairs whose first shingles largely coincide: a teaser or a truncated capture begins as its
    original does, but covers too little of it for LSH tuned on Jaccard to propose the pair."""
    postings: dict[int, list[int]] = {}
    for i in reps:
        for h in openings[i].tolist():
            postings.setdefault(h, []).append(i)
    shared: dict[tuple[int, int], int] = {}
    for members in postings.values():
        if 1 < len(members) <= MAX_OPENING_POSTINGS:  # an opening many texts share is boilerplate
            for x in range(len(members)):
                for y in range(x + 1, len(members)):
                    key = (members[x], members[y])
                    shared[key] = shared.get(key, 0) + 1
    return {pair for pair, count in shared.items() if count >= OPENING_MATCH}


class _Numbers:
    """The figures of each text, compared when a link is about to be made."""

    def __init__(self, items: Sequence[CopyCandidate]) -> None:
        self._items = items
        self._cache: dict[int, set[str]] = {}

    def __getitem__(self, i: int) -> set[str]:
        if i not in self._cache:
            self._cache[i] = {m.group(0) for m in NUMBER.finditer(self._items[i].text)}  # no list of every figure
        return self._cache[i]

    def agree(self, i: int, j: int) -> bool:
        """Whether most figures of the text with fewer of them stand in the other too.

        A copy repeats its original's facts (a corrected figure or two aside); two bulletins
        written from one template share their sentences but not their figures.
        """
        few, many = sorted((self[i], self[j]), key=len)
        return len(few) < MIN_FIGURES or len(few & many) / len(few) >= FIGURES_AGREE


def _linked(sets: _ShingleSets, i: int, j: int, threshold: float) -> bool:
    a, b = sets[i], sets[j]
    inter = sets.overlap(i, j)
    if inter / (a.size + b.size - inter) >= threshold:
        return True
    smaller = min(a.size, b.size)
    return smaller >= MIN_CONTAINED_SHINGLES and inter / smaller >= CONTAINMENT


def _link(
    items: Sequence[CopyCandidate], sets: _ShingleSets, exact: bool,
    n_words: npt.NDArray[np.int64], m: int, canonical: int, original: str | list[tuple[str, list[str]]],
    config: Config,
) -> CopyLink:
    inter = sets.overlap(m, canonical)
    size_copy, size_original = sets[m].size, sets[canonical].size
    jaccard = 1.0 if exact else inter / (size_copy + size_original - inter)
    containment = 1.0 if exact else inter / size_copy
    diff = copy_diff(original, items[m].text)
    diff["containment"] = round(containment, 4)
    kept_share = diff["words_kept"] / max(int(n_words[canonical]), 1)
    partial = not exact and containment >= CONTAINMENT and kept_share <= config.partial_share
    return CopyLink(
        copy=items[m].id, original=items[canonical].id, kind="exact" if exact else "near",
        similarity=round(jaccard, 4), partial=partial, diff=diff,
    )


class _ShingleSets:
    """Sorted unique shingle hashes per text, computed when first asked for."""

    def __init__(self, texts: _Texts) -> None:
        self._texts = texts
        self._sets: dict[int, npt.NDArray[np.uint64]] = {}

    def __getitem__(self, i: int) -> npt.NDArray[np.uint64]:
        if i not in self._sets:
            self._sets[i] = np.unique(self._texts.shingles(i))
        return self._sets[i]

    def overlap(self, i: int, j: int) -> int:
        return int(np.intersect1d(self[i], self[j], assume_unique=True).size)


class _DisjointSet:
    """Union-find over 0..n-1 with path halving; components come out sorted."""

    def __init__(self, n: int) -> None:
        self._parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self._parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def components(self) -> list[list[int]]:
        """Components of two or more members, each sorted, in order of their smallest member."""
        by_root: dict[int, list[int]] = {}
        for x in range(len(self._parent)):
            by_root.setdefault(self.find(x), []).append(x)
        return [members for members in by_root.values() if len(members) > 1]
