"""MinHash signatures by rensa, LSH banding in numpy.

rensa 0.5.0 signs a whole batch from one flat buffer of pre-hashed shingles
(`RMinHash.digest_matrix_from_flat_token_hashes`), with no Python object per shingle. Its LSH
index can only be queried with `RMinHash` objects, so the banding is done here on the digest
matrix instead: a few vectorised passes per band, and no dependence on rensa's internals.
"""
from __future__ import annotations

import functools
from collections.abc import Callable

import numpy as np
import numpy.typing as npt
import rensa

_INTEGRATION_STEPS = 64  # Simpson intervals; matches scipy.quad's optimum for every threshold tested


def optimal_bands(
    threshold: float, num_perm: int, false_positive_weight: float = 0.5, false_negative_weight: float = 0.5
) -> tuple[int, int]:
    """(bands, rows) with bands × rows ≤ num_perm minimising the weighted error area around threshold.

    The same objective as datasketch's ``_optimal_param``: the area under the LSH S-curve
    1 - (1 - s**r)**b below the threshold (false positives) plus the area above it left out
    (false negatives). ``optimal_bands(0.5, 128) == (25, 5)``.
    """
    return _optimal_bands(round(threshold, 6), num_perm, false_positive_weight, false_negative_weight)


def _collide(s: float, r: int, b: int) -> float:
    """Probability that two signatures of Jaccard `s` share a band of `r` rows out of `b`."""
    return float(1 - (1 - s**r) ** b)


def _miss(s: float, r: int, b: int) -> float:
    return 1.0 - _collide(s, r, b)


@functools.cache
def _optimal_bands(threshold: float, num_perm: int, fp_weight: float, fn_weight: float) -> tuple[int, int]:
    best, best_error = (1, 1), float("inf")
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            fp = _simpson(functools.partial(_collide, r=r, b=b), 0.0, threshold)
            fn = _simpson(functools.partial(_miss, r=r, b=b), threshold, 1.0)
            error = fp * fp_weight + fn * fn_weight
            if error < best_error:
                best, best_error = (b, r), error
    return best


def _simpson(f: Callable[[float], float], a: float, b: float) -> float:
    h = (b - a) / _INTEGRATION_STEPS
    total = f(a) + f(b)
    for i in range(1, _INTEGRATION_STEPS):
        total += (4 if i % 2 else 2) * f(a + i * h)
    return total * h / 3


def digest_matrix(
    flat: npt.NDArray[np.uint64], offsets: npt.NDArray[np.int64], num_perm: int, seed: int
) -> rensa.RMinHashDigestMatrix:
    """rensa MinHash signatures of every row (row i = ``flat[offsets[i]:offsets[i+1]]``)."""
    return rensa.RMinHash.digest_matrix_from_flat_token_hashes(
        np.ascontiguousarray(flat, dtype=np.uint64), offsets.astype(np.uint64), num_perm, seed
    )


def candidate_pairs(digests: npt.NDArray[np.uint32], bands: int, rows: int) -> npt.NDArray[np.int64]:
    """Row pairs (i < j) whose signatures agree on every value of at least one band, sorted, unique.

    Banding in numpy: each band's values are mixed into one 64-bit key, rows are sorted by key,
    and rows with equal keys pair up (a key collision only adds a candidate; candidates are
    verified exactly afterwards).
    """
    n = digests.shape[0]
    found: list[npt.NDArray[np.int64]] = []
    for band in range(bands):
        block = digests[:, band * rows : (band + 1) * rows].astype(np.uint64)
        key = np.zeros(n, dtype=np.uint64)
        for col in range(rows):
            key = (key ^ block[:, col]) * np.uint64(0x9E3779B97F4A7C15) + np.uint64(col + 1)
        order = np.argsort(key, kind="stable")
        sorted_key = key[order]
        gap = 1
        while gap < n:
            same = np.flatnonzero(sorted_key[gap:] == sorted_key[:-gap])
            if same.size == 0:
                break
            a, b = order[same], order[same + gap]
            found.append(np.minimum(a, b) * n + np.maximum(a, b))
            gap += 1
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    codes = np.unique(np.concatenate(found))
    return np.stack([codes // n, codes % n], axis=1)
