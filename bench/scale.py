"""How retrieval scales: FAISS exact vs HNSW on 10k / 100k / 1M synthetic 384-d vectors (recall@10
against exact search, p50 query latency, build time, memory), BM25 build and query time, and
ingest throughput of the real encoder.

    .venv/bin/python bench/scale.py [--sizes 10000 100000 1000000] [--skip-encoder]
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np
from common import table

from embeddings.index import EXACT_LIMIT, VectorIndex


def clustered(n: int, dim: int = 384, seed: int = 0) -> np.ndarray:
    """Unit vectors around 2,000 topics: closer to real embeddings than uniform noise."""
    rng = np.random.default_rng(seed)
    centers = rng.normal(size=(2000, dim)).astype(np.float32)
    out = np.empty((n, dim), dtype=np.float32)
    for start in range(0, n, 100_000):
        stop = min(n, start + 100_000)
        out[start:stop] = centers[rng.integers(0, len(centers), stop - start)] + 0.9 * rng.normal(size=(stop - start, dim))
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return out


def faiss_rows(sizes: list[int], queries: int = 200) -> list[tuple[str, ...]]:
    rows = []
    for n in sizes:
        data = clustered(n)
        q = clustered(queries, seed=1)
        t = time.perf_counter()
        exact = VectorIndex.build(data, exact_limit=n)  # force exact
        exact_build = time.perf_counter() - t
        lat_exact, truth = [], []
        for v in q:
            s = time.perf_counter()
            _, ids = exact.search(v, 10)
            lat_exact.append(time.perf_counter() - s)
            truth.append(set(ids.tolist()))
        rows.append((f"{n:,}", "flat (exact)", f"{exact_build:.1f}", f"{1000 * statistics.median(lat_exact):.2f}", "1.000", f"{n * 384 * 4 / 2**20:.0f}"))
        del exact
        t = time.perf_counter()
        approx = VectorIndex.build(data, exact_limit=0)  # force HNSW, as used above EXACT_LIMIT
        build = time.perf_counter() - t
        lat, hits = [], 0
        for v, want in zip(q, truth, strict=True):
            s = time.perf_counter()
            _, ids = approx.search(v, 10)
            lat.append(time.perf_counter() - s)
            hits += len(want & set(ids.tolist()))
        memory = n * (384 * 4 + 32 * 2 * 4 * 1.1) / 2**20  # vectors + HNSW links (M=32, level 0 doubled)
        rows.append((f"{n:,}", "HNSW M=32 ef=512", f"{build:.1f}", f"{1000 * statistics.median(lat):.2f}", f"{hits / (10 * queries):.3f}", f"~{memory:.0f}"))
        del approx, data
        print("  " + " | ".join(rows[-2]) + "\n  " + " | ".join(rows[-1]), flush=True)
    return rows


def bm25_rows(sizes: list[int]) -> list[tuple[str, ...]]:
    from bot.bm25 import BM25

    rng = np.random.default_rng(0)
    vocab = [f"w{i}" for i in range(50_000)]
    zipf = rng.zipf(1.3, size=5_000_000) % len(vocab)
    rows = []
    for n in sizes:
        texts = [" ".join(vocab[j] for j in zipf[i * 60 % len(zipf) : i * 60 % len(zipf) + 60]) for i in range(n)]
        t = time.perf_counter()
        bm = BM25(texts)
        build = time.perf_counter() - t
        lat = []
        for i in range(50):
            s = time.perf_counter()
            bm.scores(" ".join(vocab[j] for j in zipf[i * 7 : i * 7 + 8]))
            lat.append(time.perf_counter() - s)
        rows.append((f"{n:,}", f"{build:.2f}", f"{n / build:,.0f}", f"{1000 * statistics.median(lat):.2f}"))
    return rows


def ingest_rows(counts: list[int]) -> list[tuple[str, ...]]:
    import json

    from common import PROJECT

    from embeddings import SentenceTransformerEncoder

    squad = PROJECT.parent / "shared" / "squad" / "squad2-dev-part1.json"
    paragraphs = [p["context"] for a in json.loads(squad.read_text())["data"] for p in a["paragraphs"]]
    encoder = SentenceTransformerEncoder()
    encoder.encode(paragraphs[:8])  # load
    rows = []
    for n in counts:
        texts = (paragraphs * (n // len(paragraphs) + 1))[:n]
        t = time.perf_counter()
        encoder.encode(texts)
        took = time.perf_counter() - t
        rows.append((f"{n:,}", f"{took:.1f}", f"{n / took:.1f}"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--skip-encoder", action="store_true")
    args = parser.parse_args()
    print(f"# FAISS (index type switches from flat to HNSW above {EXACT_LIMIT:,} passages)")
    table(faiss_rows(args.sizes), ("vectors", "index", "build s", "p50 query ms", "recall@10", "memory MB"))
    print("\n# BM25 (inverted index): build grows linearly, a query touches only its terms' postings")
    table(bm25_rows([10_000, 100_000, 300_000]), ("passages", "build s", "passages/s", "p50 query ms"))
    if not args.skip_encoder:
        print("\n# Ingest: all-MiniLM-L6-v2 on real SQuAD paragraphs (2 CPU cores)")
        table(ingest_rows([100, 300, 1000]), ("passages", "encode s", "passages/s"))


if __name__ == "__main__":
    main()
