"""What a copy changes against its original: words and paragraphs, bounded in size.

1. Paragraphs (split at blank lines, white space collapsed) are aligned with difflib on their
   normalized words, so a re-wrapped or re-punctuated paragraph counts as equal.
2. In each run of differing paragraphs, paragraphs are paired by shared words (`_align`); a pair
   is compared word by word (in place when only substituted, else with difflib): a replaced word
   is "changed", words with no counterpart "added" or "removed"; an unpaired paragraph is all
   added or all removed.
3. Lists are capped (`MAX_PARAGRAPHS` entries of `MAX_CHARS` characters); the counts are exact.

A text over `MAX_DIFF_CHARS` is compared by its word counts alone (`frequency_diff`): word lists
and difflib over a 50 MB text take gigabytes and minutes.
"""
from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from .shingling import normalize, words

MAX_PARAGRAPHS = 10
# Above this share of mismatching positions, an equal-length pair may be shifted text, not
# substitutions: difflib decides (a shift by one word mismatches nearly every position after it).
MAX_SUBSTITUTED_SHARE = 0.25
# Two differing paragraphs are one paragraph edited when this share of their distinct words is
# shared (Jaccard): bench/dedup.py's copies with 8 % substituted words share ~0.85, unrelated
# paragraphs of one story under 0.2.
SAME_PARAGRAPH = 0.5
MAX_CHARS = 200
# Above this many characters in either text, words are counted, not aligned: 20x the longest
# article of the benchmark corpora, far beyond what a news article is.
MAX_DIFF_CHARS = 1_000_000
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_SPACE = re.compile(r"\s+")


def paragraphs(text: str) -> list[tuple[str, list[str]]]:
    """(paragraph with white space collapsed, its normalized words) for each paragraph with words.

    Words are taken before collapsing, so a hyphen at a line end still joins its word.
    """
    out = ((_SPACE.sub(" ", p).strip(), words(p)) for p in _BLANK_LINE.split(text))
    return [(p, w) for p, w in out if w]


def copy_diff(original: str | list[tuple[str, list[str]]], copy: str) -> dict[str, Any]:
    """Differences of `copy` against `original`, JSON-serialisable.

    Keys: words_added, words_removed, words_changed, words_kept (original words found unchanged
    in the copy), paragraphs_added, paragraphs_removed (texts), paragraphs_changed
    ({"original", "copy"}), and paragraphs_omitted (entries left out by the caps).
    `original` may be given as its `paragraphs(...)`, to split a canonical text once for all its copies.
    """
    if isinstance(original, str) and len(original) > MAX_DIFF_CHARS or len(copy) > MAX_DIFF_CHARS:
        return frequency_diff(original if isinstance(original, str) else "\n\n".join(p for p, _ in original), copy)
    old_paras, old_words = _unzip(paragraphs(original) if isinstance(original, str) else original)
    new_paras, new_words = _unzip(paragraphs(copy))
    matcher = difflib.SequenceMatcher(None, [tuple(w) for w in old_words], [tuple(w) for w in new_words], autojunk=False)
    out: dict[str, Any] = {
        "words_added": 0, "words_removed": 0, "words_changed": 0, "words_kept": 0,
        "paragraphs_added": [], "paragraphs_removed": [], "paragraphs_changed": [], "paragraphs_omitted": 0,
    }
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():  # 1.
        if tag == "equal":
            out["words_kept"] += sum(len(w) for w in old_words[i1:i2])
            continue
        for a, b in _align(old_words[i1:i2], new_words[j1:j2]):  # 2.
            if a is not None and b is not None:
                _count_words(out, old_words[i1 + a], new_words[j1 + b])
                _append(out, "paragraphs_changed",
                        {"original": old_paras[i1 + a][:MAX_CHARS], "copy": new_paras[j1 + b][:MAX_CHARS]})
            elif a is not None:
                out["words_removed"] += len(old_words[i1 + a])
                _append(out, "paragraphs_removed", old_paras[i1 + a][:MAX_CHARS])
            elif b is not None:
                out["words_added"] += len(new_words[j1 + b])
                _append(out, "paragraphs_added", new_paras[j1 + b][:MAX_CHARS])
    return out


def frequency_diff(original: str, copy: str) -> dict[str, Any]:
    """The word counts of `copy_diff` from how often each word occurs on each side, word order
    aside, in memory bounded by the vocabulary; no paragraph lists. Marked "approximate"."""
    old, new = Counter(_iter_words(original)), Counter(_iter_words(copy))
    removed, added = sum((old - new).values()), sum((new - old).values())
    changed = min(removed, added)
    return {
        "words_added": added - changed, "words_removed": removed - changed, "words_changed": changed,
        "words_kept": sum((old & new).values()),
        "paragraphs_added": [], "paragraphs_removed": [], "paragraphs_changed": [], "paragraphs_omitted": 0,
        "approximate": f"a text over {MAX_DIFF_CHARS:,} characters: words counted, not aligned",
    }


def _iter_words(text: str) -> Iterator[str]:
    return (m.group(0) for m in re.finditer(r"\w+", normalize(text)))


def _align(old: list[list[str]], new: list[list[str]]) -> list[tuple[int | None, int | None]]:
    """Pair differing paragraphs in order: a new paragraph pairs with the next old one sharing at
    least `SAME_PARAGRAPH` of its distinct words; old ones skipped over were removed, new ones
    with no partner were added. Runs of equal length pair up one to one, as before."""
    if len(old) == len(new):
        return [(i, i) for i in range(len(old))]
    olds = [set(p) for p in old]
    out: list[tuple[int | None, int | None]] = []
    i = 0
    for j, paragraph in enumerate(new):
        words_new = set(paragraph)
        match = next((k for k in range(i, len(old))
                      if len(olds[k] & words_new) >= SAME_PARAGRAPH * max(len(olds[k] | words_new), 1)), None)
        if match is None:
            out.append((None, j))
            continue
        out += [(k, None) for k in range(i, match)]
        out.append((match, j))
        i = match + 1
    out += [(k, None) for k in range(i, len(old))]
    return out


def _count_words(out: dict[str, Any], old: list[str], new: list[str]) -> None:
    if len(old) == len(new):
        # Same length and few mismatches: words were substituted in place, and counting the
        # mismatching positions gives what difflib would, without its quadratic search.
        changed = sum(a != b for a, b in zip(old, new))
        if changed <= MAX_SUBSTITUTED_SHARE * len(old):
            out["words_changed"] += changed
            out["words_kept"] += len(old) - changed
            return
    # autojunk (on for 200+ words) skips anchoring on very common words: 4x faster on bench copies
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new).get_opcodes():
        if tag == "equal":
            out["words_kept"] += i2 - i1
        elif tag == "replace":
            changed = min(i2 - i1, j2 - j1)
            out["words_changed"] += changed
            out["words_removed"] += i2 - i1 - changed
            out["words_added"] += j2 - j1 - changed
        elif tag == "delete":
            out["words_removed"] += i2 - i1
        else:
            out["words_added"] += j2 - j1


def _append(out: dict[str, Any], key: str, item: Any) -> None:
    if len(out[key]) < MAX_PARAGRAPHS:  # 3.
        out[key].append(item)
    else:
        out["paragraphs_omitted"] += 1


def _unzip(pairs: list[tuple[str, list[str]]]) -> tuple[list[str], list[list[str]]]:
    return [p for p, _ in pairs], [w for _, w in pairs]
