"""Copies of one article (the same wire story on many sites, a page saved twice) found before extraction, so each is
extracted once and the copies are linked to it.

Exact copies share the hash of their words (case, punctuation and spacing aside). Near copies (another headline, a
site's tagline, a trimmed last paragraph) are found with MinHash over five-word shingles and LSH (datasketch): a
document is a copy of the first document before it whose estimated shingle Jaccard similarity is at least
`NEAR_DUPLICATE_JACCARD`. Why 0.8: a 160-word wire story reprinted with a site's headline, a credit line and its
last sentence cut keeps 0.86 of its shingles (a longer story keeps more), while another agency's own account of the
same strike (same place, date and sides, its own words) shares none (tests/ingest/test_dedup.py holds both); 0.8
sits between, far from the second, and at 64 permutations the estimate's standard error is about 0.05. A copy cut
harder than that is extracted again: time lost, no report lost.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash, MinHashLSH

NEAR_DUPLICATE_JACCARD = 0.8
NUM_PERM = 64
SHINGLE_WORDS = 5
SCHEME = "affine32"  # datasketch's 32-bit hash values: four bytes a permutation in the documents table
_WORD = re.compile(r"\w+")
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations  # made once: 0.1 ms a document otherwise


SIGNATURE_CHARS = 200_000  # a copy of a long document shows in its beginning: memory stays small for a 20 MB one


def words(text: str) -> list[str]:
    """The words the MinHash signature is built from (those of the first SIGNATURE_CHARS characters)."""
    return _WORD.findall(text[:SIGNATURE_CHARS].casefold())


def content_hash(text: str) -> str:
    """The same words in the same order give the same hash, whatever the spacing, case or punctuation (hashed as
    they are found, so a long text is never held twice)."""
    digest = hashlib.sha256()
    for match in _WORD.finditer(text):
        digest.update(match.group().casefold().encode("utf-8") + b" ")
    return digest.hexdigest()[:32]


def signature(tokens: list[str]) -> MinHash | None:
    """MinHash of the five-word shingles; None for a text too short to have one (exact copies are still found)."""
    if len(tokens) < SHINGLE_WORDS:
        return None
    shingles = {" ".join(tokens[i : i + SHINGLE_WORDS]).encode("utf-8") for i in range(len(tokens) - SHINGLE_WORDS + 1)}
    mh = MinHash(num_perm=NUM_PERM, permutations=_PERMUTATIONS, scheme=SCHEME)
    mh.update_batch(list(shingles))
    return mh


def signature_bytes(mh: MinHash | None) -> bytes | None:
    """The signature as stored in the documents table, so a resumed run knows the documents done before."""
    return None if mh is None else mh.hashvalues.astype(np.uint32).tobytes()


def signature_from_bytes(raw: bytes) -> MinHash:
    values = np.frombuffer(raw, dtype=np.uint32)
    return MinHash(num_perm=NUM_PERM, hashvalues=values, permutations=_PERMUTATIONS, scheme=SCHEME)


class CopyFinder:
    """Remembers the originals seen so far (by exact hash and by MinHash) and says which one a new text copies."""

    def __init__(self) -> None:
        self._exact: dict[str, tuple[tuple[int, int], str]] = {}
        self._lsh = MinHashLSH(threshold=NEAR_DUPLICATE_JACCARD, num_perm=NUM_PERM)
        self._signatures: dict[str, np.ndarray] = {}
        self._order: dict[str, tuple[int, int]] = {}

    def __len__(self) -> int:
        return len(self._exact)

    def original_of(self, exact: str, mh: MinHash | None, before: tuple[int, int]) -> str | None:
        """The key of the earliest original before `before` (a place in the sources' order) that this text copies,
        or None when it is an original itself. Only earlier originals count, so a run resumed with later documents
        already done links each copy as an uninterrupted run would."""
        if exact in self._exact and self._exact[exact][0] < before:
            return self._exact[exact][1]
        if mh is None:
            return None
        matches = [
            k
            for k in self._lsh.query(mh)
            if self._order[k] < before and _jaccard(self._signatures[k], mh.hashvalues) >= NEAR_DUPLICATE_JACCARD
        ]
        return min(matches, key=self._order.__getitem__) if matches else None

    def add(self, key: str, exact: str, mh: MinHash | None, order: tuple[int, int]) -> None:
        """Remember an original at its place in the sources' order (copies are never added: what a copy matches,
        its original matches too)."""
        if exact not in self._exact or order < self._exact[exact][0]:
            self._exact[exact] = (order, key)
        if mh is not None and key not in self._signatures:
            self._order[key] = order
            self._signatures[key] = mh.hashvalues
            self._lsh.insert(key, mh)


def _jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """MinHash's estimate: the share of permutations whose minimum agrees."""
    return float(np.count_nonzero(a == b)) / len(a)
