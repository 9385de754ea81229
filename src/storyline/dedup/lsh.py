"""MinHash signatures and LSH candidate pairs, both computed by rensa.

rensa 0.5.0 signs a whole batch from one flat buffer of pre-hashed shingles
(`RMinHash.digest_matrix_from_flat_token_hashes`) and indexes the resulting matrix
(`RMinHashLSH.insert_matrix`), with no Python object per shingle. Its index can only be *queried*
with `RMinHash` objects, though, so for the rows the index flags as colliding with another row
we rebuild an `RMinHash` from its digest through rensa's pickle state (checked on every call,
see `_minhash_from_digest`) and query with it.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

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


@functools.cache
def _optimal_bands(threshold: float, num_perm: int, fp_weight: float, fn_weight: float) -> tuple[int, int]:
    best, best_error = (1, 1), float("inf")
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            fp = _simpson(lambda s, r=r, b=b: 1 - (1 - s**r) ** b, 0.0, threshold)
            fn = _simpson(lambda s, r=r, b=b: (1 - s**r) ** b, threshold, 1.0)
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


def candidate_pairs(
    matrix: rensa.RMinHashDigestMatrix, bands: int, rows: int, seed: int
) -> Iterator[tuple[int, int]]:
    """Row pairs (i < j) that share at least one LSH band; each pair once, in sorted order."""
    num_perm = bands * rows
    index = rensa.RMinHashLSH(0.5, num_perm, bands)  # rensa's threshold is unused by query()
    flags = index.insert_matrix_and_query_duplicate_flags(matrix)
    flagged = [i for i, f in enumerate(flags) if f]
    if not flagged:
        return
    digests = matrix.to_rows()
    pairs: set[tuple[int, int]] = set()
    for i in flagged:
        for j in index.query(_minhash_from_digest(digests[i], num_perm, seed)):
            if j != i:
                pairs.add((min(i, j), max(i, j)))
    yield from sorted(pairs)


def _minhash_from_digest(digest: list[int], num_perm: int, seed: int) -> rensa.RMinHash:
    """An `RMinHash` holding `digest`, via rensa 0.5.0's pickle state (header, then varints).

    The state layout is rensa's, not a public API: the result is checked, and a changed layout
    fails loudly instead of silently finding nothing.
    """
    state = bytearray(b"Rensa:RMinHash:2\x00")
    for value in (0x524D4802, num_perm, seed, len(digest), *digest):
        while value >= 0x80:
            state.append((value & 0x7F) | 0x80)
            value >>= 7
        state.append(value)
    minhash = rensa.RMinHash(num_perm, seed)
    minhash.__setstate__(bytes(state))
    if minhash.digest() != digest:
        raise RuntimeError(
            f"rensa {getattr(rensa, '__version__', '?')} changed its RMinHash pickle layout; "
            "storyline needs rensa==0.5.0"
        )
    return minhash
