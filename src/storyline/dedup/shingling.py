"""Word shingles over a normalized token stream, hashed to 64-bit ints without Python's hash().

Normalization, in order (the same numbers appear in `normalize`):

1. Unicode NFKC (ligatures, full-width forms, non-breaking spaces) and case folding.
2. Joiners are removed between two word characters: hyphens (also at a line end, so a word
   hyphenated across a PDF line break and the same word unbroken give one token; "well-known"
   becomes "wellknown" on both sides) and apostrophes, straight or curly ("don't" = "don’t").
   Soft hyphens are dropped everywhere.
3. Tokens are runs of `\\w` characters (Python's Unicode definition); everything else, punctuation
   and quote marks of any shape included, only separates tokens.

Hashing is vectorised with numpy over a whole batch of texts: a token's hash is a sum of
(code point × per-position constant) mod 2**64, finished with splitmix64; a shingle's hash mixes
its k token hashes the same way. The constants come from a fixed splitmix64 stream, so hashes
are the same in every run, process and platform.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

U64 = npt.NDArray[np.uint64]

HASH_SEED = 0x5EED_D0C5  # fixed: changing it changes every stored shingle hash
_MAX_TOKEN_POSITION = 255  # characters past this share one position constant (harmless)
_BATCH_CHARS = 4_000_000  # ~16 MB of UTF-32 per numpy pass; bounds peak memory

# A joiner candidate; `_join` keeps it unless a word character stands on both sides. (Starting
# the pattern with one character class, not a look-behind or an alternation, makes it ~10x
# faster on texts with few joiners: bench/dedup.py.)
_JOINERS = re.compile(r"[-\u2010\u2011'\u2018\u2019\u02bc\u00ad](?:(?<=[-\u2010\u2011])[ \t]*\r?\n\s*)?")
_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_M64 = (1 << 64) - 1


def normalize(text: str) -> str:
    """The text with steps 1 and 2 applied: tokens are then the `\\w+` runs of the result."""
    text = unicodedata.normalize("NFKC", text).casefold()  # 1.
    return _JOINERS.sub(_join, text)  # 2.


def _join(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    if text[start] == "\u00ad":  # soft hyphen
        return ""
    if start and _WORD_CHAR.match(text, start - 1) and _WORD_CHAR.match(text, end):
        return ""
    return match.group()


def words(text: str) -> list[str]:
    """The normalized tokens of a text: ``words("Don’t re-\\nturn!") == ["dont", "return"]``."""
    return _WORD.findall(normalize(text))  # 3.


def shingles(text: str, k: int) -> set[int]:
    """The set of hashed word k-shingles of a text (unsigned 64-bit ints).

    A text with fewer than k tokens (but at least one) has a single shingle of all its tokens.
    """
    flat, offsets = shingle_arrays([text], k)
    return {int(h) for h in flat[offsets[0] : offsets[1]]}


def shingle_arrays(texts: Sequence[str], k: int) -> tuple[U64, npt.NDArray[np.int64]]:
    """Shingle hashes of many texts as one flat array, text i at ``flat[offsets[i]:offsets[i+1]]``.

    Shingles repeat within a text as often as they occur (MinHash does not mind); take
    ``np.unique`` of a slice for the set.
    """
    token_hashes, token_offsets = token_arrays(texts)
    return shingles_from_tokens(token_hashes, token_offsets, k)


def token_arrays(texts: Sequence[str]) -> tuple[U64, npt.NDArray[np.int64]]:
    """Hashes of the normalized tokens of many texts, flat, with offsets per text.

    Texts are hashed in batches of about `_BATCH_CHARS` characters, a long text in pieces cut
    between tokens: numpy's pass over one batch takes ~40 bytes a character, 2 GB for one
    50 MB text in one pass.
    """
    parts: list[U64] = []
    counts = np.zeros(len(texts), dtype=np.int64)
    batch: list[str] = []
    owners: list[int] = []
    size = 0
    for i, text in enumerate(texts):
        for piece in _pieces(normalize(text)):
            if batch and size + len(piece) > _BATCH_CHARS:
                parts.append(_hash_batch(batch, owners, counts))
                batch, owners, size = [], [], 0
            batch.append(piece)
            owners.append(i)
            size += len(piece) + 1
    if batch:
        parts.append(_hash_batch(batch, owners, counts))
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    flat = np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint64)
    return flat, offsets


def _pieces(text: str) -> list[str]:
    """A normalized text cut into pieces of at most `_BATCH_CHARS` characters, each cut at white
    space so no token is split (a run of that many characters without white space is cut anyway)."""
    if len(text) <= _BATCH_CHARS:
        return [text]
    out, start = [], 0
    while len(text) - start > _BATCH_CHARS:
        end = start + _BATCH_CHARS
        cut = max(text.rfind(" ", start + 1, end), text.rfind("\n", start + 1, end))
        cut = end if cut <= start else cut
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def _hash_batch(batch: list[str], owners: list[int], counts: npt.NDArray[np.int64]) -> U64:
    """The token hashes of one batch of pieces; each piece's token count is added to its text's."""
    hashes, per_piece = _hash_tokens(batch)
    np.add.at(counts, np.array(owners, dtype=np.int64), per_piece)
    return hashes


def _hash_tokens(normalized: list[str]) -> tuple[U64, npt.NDArray[np.int64]]:
    """Token hashes of already normalized texts, and the number of tokens of each."""
    joined = "\n".join(normalized)
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    chars = np.flatnonzero(_word_char_table()[codes])
    if chars.size == 0:
        return np.zeros(0, dtype=np.uint64), np.zeros(len(normalized), dtype=np.int64)
    new_token = np.empty(chars.size, dtype=bool)
    new_token[0] = True
    np.not_equal(chars[1:], chars[:-1] + 1, out=new_token[1:])
    starts = np.flatnonzero(new_token)
    position = np.arange(chars.size) - np.repeat(starts, np.diff(np.append(starts, chars.size)))
    np.minimum(position, _MAX_TOKEN_POSITION, out=position)
    weighted = (codes[chars].astype(np.uint64) + np.uint64(1)) * _char_constants()[position]
    hashes = _mix(np.add.reduceat(weighted, starts))
    text_starts = np.zeros(len(normalized), dtype=np.int64)
    np.cumsum([len(t) + 1 for t in normalized[:-1]], out=text_starts[1:])
    owner = np.searchsorted(text_starts, chars[starts], side="right") - 1
    return hashes, np.bincount(owner, minlength=len(normalized)).astype(np.int64)


def shingles_from_tokens(
    tokens: U64, offsets: npt.NDArray[np.int64], k: int
) -> tuple[U64, npt.NDArray[np.int64]]:
    """k-shingle hashes from flat token hashes; shingles never cross from one text into the next."""
    mult = _shingle_constants(k)
    counts = np.diff(offsets)
    n = tokens.size
    full = np.zeros(max(n - k + 1, 0), dtype=np.uint64)  # shingle i starts at flat token i
    for j in range(k):
        full += tokens[j : j + full.size] * mult[j]
    full = _mix(full)
    per_text = np.where(counts >= k, counts - k + 1, np.minimum(counts, 1))
    out_offsets = np.zeros(counts.size + 1, dtype=np.int64)
    np.cumsum(per_text, out=out_offsets[1:])
    owner = np.repeat(np.arange(counts.size), per_text)
    source = offsets[:-1][owner] + np.arange(owner.size) - out_offsets[:-1][owner]
    flat = np.empty(owner.size, dtype=np.uint64)
    long_rows = counts[owner] >= k
    flat[long_rows] = full[source[long_rows]]
    for i in np.flatnonzero((counts > 0) & (counts < k)):  # fewer than k tokens: one shingle of all
        acc = (tokens[offsets[i] : offsets[i + 1]] * mult[: counts[i]]).sum(dtype=np.uint64)
        flat[out_offsets[i]] = _mix(np.array([acc], dtype=np.uint64))[0]
    return flat, out_offsets


def _mix(z: U64) -> U64:
    """splitmix64's finalizer, elementwise (wraps mod 2**64 by design)."""
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


def _splitmix_stream(seed: int, n: int) -> list[int]:
    """n 64-bit values of the splitmix64 sequence: fixed forever, unlike a library RNG stream."""
    out, state = [], seed & _M64
    for _ in range(n):
        state = (state + 0x9E3779B97F4A7C15) & _M64
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _M64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _M64
        out.append((z ^ (z >> 31)) | 1)  # odd: multiplication by it is a bijection mod 2**64
    return out


@functools.cache
def _char_constants() -> U64:
    return np.array(_splitmix_stream(HASH_SEED, _MAX_TOKEN_POSITION + 1), dtype=np.uint64)


@functools.cache
def _shingle_constants(k: int) -> U64:
    return np.array(_splitmix_stream(HASH_SEED + 1, k), dtype=np.uint64)


@functools.cache
def _word_char_table() -> npt.NDArray[np.bool_]:
    """For every code point, whether Python's `\\w` matches it (so numpy and `words` agree)."""
    table = np.zeros(0x110000, dtype=bool)
    every = "".join(map(chr, range(0x110000)))
    for m in _WORD.finditer(every):
        table[m.start() : m.end()] = True
    return table
