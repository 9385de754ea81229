"""Build settings: packaged defaults, merged once with what the caller passes."""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from .errors import ConfigError

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Config:
    """Every tunable of a build, with the reason for its default beside it."""

    # A single news article is rarely over 1 MB even as HTML; 50 MB leaves room for PDFs with
    # images while refusing dumps that would need streaming. List files are streamed instead.
    max_article_bytes: int = 50 * MB
    # One record of a .jsonl/.csv/WARC list.
    max_record_bytes: int = 10 * MB
    # Word n-grams used for copy detection; 3 follows LIBRARIES.md's measurement (and datasketch's docs).
    shingle_size: int = 3
    num_perm: int = 128
    # Copies: Jaccard of word 3-shingles at or above this after exact verification (or containment,
    # for partial copies: see dedup/groups.py, where each constant says where it was calibrated).
    near_copy_threshold: float = 0.5
    # A copy whose text covers at most this share of its original's words is marked partial.
    partial_share: float = 0.8
    seed: int = 1
    # Language of date words when a text does not say otherwise.
    languages: tuple[str, ...] = ("en",)

    def __post_init__(self) -> None:
        if not 0.0 < self.near_copy_threshold <= 1.0:
            raise ConfigError(
                f"near_copy_threshold={self.near_copy_threshold} must be in (0, 1]; 0.5 is the default"
            )
        if self.num_perm < 16 or self.num_perm % 8:
            raise ConfigError(f"num_perm={self.num_perm}: use a multiple of 8 of at least 16, e.g. 128")
        if self.shingle_size < 1:
            raise ConfigError(f"shingle_size={self.shingle_size} must be at least 1, e.g. 3")
        if self.max_article_bytes <= 0 or self.max_record_bytes <= 0:
            raise ConfigError("size limits must be positive numbers of bytes")

    def merged(self, **overrides: Any) -> Config:
        """A copy with the given settings changed; None values are ignored."""
        known = {f.name for f in fields(self)}
        unknown = set(overrides) - known
        if unknown:
            raise ConfigError(f"unknown setting(s) {sorted(unknown)}; known: {sorted(known)}")
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})
