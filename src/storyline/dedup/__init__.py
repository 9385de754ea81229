"""Copy detection: exact and near copies of one article, grouped, with what each copy changes.

    find_copies(items, config) -> [CopyLink]   groups.py (the steps are listed there)
    copy_groups(items, config, known) -> Found the same, reusing an earlier run's signatures and pairs
    COPIES                                     stage.py: the collection stage that stores them
    inherit, completeness                      inherit.py: what copies take from each other
    shingles(text, k) -> {int}                 shingling.py (normalization rules listed there)
    optimal_bands(threshold, num_perm)         lsh.py (LSH bands × rows for a Jaccard threshold)
    copy_diff(original, copy) -> dict          diff.py
"""
from __future__ import annotations

from .diff import copy_diff
from .groups import CopyCandidate, find_copies
from .lsh import optimal_bands
from .shingling import shingles, words

__all__ = ["CopyCandidate", "copy_diff", "find_copies", "optimal_bands", "shingles", "words"]
