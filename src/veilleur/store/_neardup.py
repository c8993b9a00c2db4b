"""Near-duplicate detection: MinHash over word shingles, banded for LSH lookups in the store.

Wire copies of one dispatch differ by a headline, a sentence or a credit line. Three-word
shingles keep their Jaccard similarity high after such edits (ten edited words in a
300-word text still leave J ≈ 0.8), while unrelated articles stay far below it.
The bands live in the store (table minhash_bands) so the detection works across runs
and processes: a new article's buckets are looked up, candidates are confirmed on their
full signatures, and only then linked.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import MinHash

SHINGLE_WORDS = 3
NUM_PERM = 120
BANDS, ROWS = 20, 6          # P(candidate) ≈ 0.92 at J = 0.7, ≈ 0.04 at J = 0.3
THRESHOLD = 0.7              # estimated Jaccard above which two articles are near copies
MIN_SHINGLES = 30            # shorter texts (briefs, headlines) share too much by chance
_SEED = 20240601             # fixed so signatures from every run and process compare
_SCHEME = "affine32"         # named, not defaulted: stored signatures must stay comparable
_WORD = re.compile(r"\w+")

assert BANDS * ROWS == NUM_PERM


@dataclass(frozen=True)
class Signature:
    values: np.ndarray        # NUM_PERM uint32 MinHash values

    def to_bytes(self) -> bytes:
        return self.values.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> "Signature":
        return cls(np.frombuffer(bytes(data), dtype="<u4"))

    def similarity(self, other: "Signature") -> float:
        """Estimated Jaccard similarity of the two shingle sets."""
        return float(np.mean(self.values == other.values))

    def buckets(self) -> list[tuple[int, str]]:
        """(band, bucket key) pairs; two articles sharing one are near-duplicate candidates."""
        raw = self.values.astype("<u4")
        return [(band, hashlib.blake2b(raw[band * ROWS:(band + 1) * ROWS].tobytes(),
                                       digest_size=8).hexdigest())
                for band in range(BANDS)]


@lru_cache(maxsize=1)
def _permutations():
    # Drawing the permutations costs more than hashing a short article: draw them once.
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8")
            for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(text: str) -> Signature | None:
    """The MinHash signature of ``text``, or None when it is too short to compare."""
    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, permutations=_permutations())
    minhash.update_batch(list(grams))
    return Signature(minhash.hashvalues.astype("<u4"))


def best_match(new: Signature, candidates: dict[str, Signature]) -> str | None:
    """The id of the most similar candidate at or above THRESHOLD, or None."""
    scored = [(new.similarity(sig), article_id) for article_id, sig in candidates.items()]
    scored = [s for s in scored if s[0] >= THRESHOLD]
    return max(scored)[1] if scored else None
