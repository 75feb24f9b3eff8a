"""BM25 over passages with an inverted index: a query touches only the postings of its own terms."""

from __future__ import annotations

import math
from collections import Counter, defaultdict

import numpy as np

from .terms import terms


class BM25:
    def __init__(self, texts: list[str], k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.size = len(texts)
        postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        lengths = np.zeros(len(texts), dtype=np.float32)
        for i, text in enumerate(texts):
            counts = Counter(terms(text))
            lengths[i] = sum(counts.values())
            for term, tf in counts.items():
                postings[term].append((i, tf))
        self.avg_len = float(lengths.mean()) if len(texts) else 1.0
        self._norm = k1 * (1 - b + b * lengths / max(self.avg_len, 1e-9))
        self._postings = {
            t: (np.array([i for i, _ in p], dtype=np.int64), np.array([tf for _, tf in p], dtype=np.float32))
            for t, p in postings.items()
        }

    def df(self, term: str) -> int:
        """How many passages hold the term."""
        return len(self._postings[term][0]) if term in self._postings else 0

    def idf(self, term: str) -> float:
        """Inverse document frequency; an unseen term gets the highest value."""
        df = self.df(term)
        return math.log(1 + (self.size - df + 0.5) / (df + 0.5))

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every passage (0 where no term matches), accumulated with numpy."""
        total = np.zeros(self.size, dtype=np.float32)
        for term in set(terms(query)):
            if term in self._postings:
                ids, tfs = self._postings[term]
                # ids within one posting list are distinct, so plain fancy-index addition is exact
                total[ids] += self.idf(term) * tfs * (self.k1 + 1) / (tfs + self._norm[ids])
        return total

    def top(self, query: str, k: int) -> list[tuple[int, float]]:
        """The k best-scoring passages that share at least one term with the query, best first."""
        total = self.scores(query)
        k = min(k, int(np.count_nonzero(total)))
        if k <= 0:
            return []
        best = np.argpartition(-total, k - 1)[:k]
        best = best[np.argsort(-total[best])]
        return [(int(i), float(total[i])) for i in best]
