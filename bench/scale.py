"""How retrieval scales: FAISS exact vs HNSW on 10k / 100k / 1M synthetic 384-d vectors shaped like
real MiniLM embeddings (recall@10 against exact search, p50 query latency, build time, memory of
the index), BM25 build and query time, and
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


def spectral(n: int, dim: int = 384, seed: int = 0) -> np.ndarray:
    """Unit vectors shaped like all-MiniLM-L6-v2 embeddings of real text.

    Measured on the encoder's vectors of SQuAD paragraphs: a shared mean direction of norm 0.27 and
    a variance spectrum falling as rank^-1.07 (half the variance in 21 directions, 90 % in 131).
    Uniform noise (every direction equal) is far harder than real text for any approximate index.
    """
    fixed = np.random.default_rng(12345)  # the same basis and mean for data and queries
    basis, _ = np.linalg.qr(fixed.normal(size=(dim, dim)))
    mean = fixed.normal(size=dim)
    mean *= 0.27 / np.linalg.norm(mean)
    scale = np.arange(1, dim + 1) ** (-1.07 / 2)
    rng = np.random.default_rng(seed)
    out = np.empty((n, dim), dtype=np.float32)
    for start in range(0, n, 100_000):
        stop = min(n, start + 100_000)
        out[start:stop] = (rng.normal(size=(stop - start, dim)) * scale) @ basis.T + mean
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return out


def size_mb(index: VectorIndex) -> float:
    import faiss

    return faiss.serialize_index(index._index).nbytes / 2**20  # vectors + graph, as held in memory


def timed_search(index: VectorIndex, queries: np.ndarray, truth: list[set[int]] | None) -> tuple[float, float]:
    lat, hits = [], 0
    for i, v in enumerate(queries):
        s = time.perf_counter()
        _, ids = index.search(v, 10)
        lat.append(time.perf_counter() - s)
        if truth is not None:
            hits += len(truth[i] & set(ids.tolist()))
    return 1000 * statistics.median(lat), hits / (10 * len(queries)) if truth is not None else 1.0


def faiss_rows(sizes: list[int], queries: int = 200) -> list[tuple[str, ...]]:
    rows = []
    for n in sizes:
        data, q = spectral(n), spectral(queries, seed=1)
        t = time.perf_counter()
        exact = VectorIndex.build(data, exact_limit=n)  # force exact
        build, memory = time.perf_counter() - t, size_mb(exact)
        truth = [set(exact.search(v, 10)[1].tolist()) for v in q]
        p50, _ = timed_search(exact, q, None)
        rows.append((f"{n:,}", "flat (exact)", f"{build:.1f}", f"{p50:.2f}", "1.000", f"{memory:.0f}"))
        print("  " + " | ".join(rows[-1]), flush=True)
        del exact
        t = time.perf_counter()
        approx = VectorIndex.build(data, exact_limit=0)  # force HNSW, as used above EXACT_LIMIT
        build, memory = time.perf_counter() - t, size_mb(approx)
        default_ef = approx._index.hnsw.efSearch
        for ef in sorted({64, 128, default_ef, 512}):
            approx._index.hnsw.efSearch = ef
            p50, recall = timed_search(approx, q, truth)
            label = f"HNSW M=32 ef={ef}" + (" (used)" if ef == default_ef else "")
            rows.append((f"{n:,}", label, f"{build:.1f}", f"{p50:.2f}", f"{recall:.3f}", f"{memory:.0f}"))
            print("  " + " | ".join(rows[-1]), flush=True)
        del approx, data
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
    """Whole ingest of N articles made of real SQuAD paragraphs: read, split, encode, FAISS, BM25, save."""
    import json
    import shutil
    import tempfile
    from pathlib import Path

    from common import PROJECT

    from bot.library import update_library
    from embeddings import SentenceTransformerEncoder

    squad = PROJECT.parent / "shared" / "squad" / "squad2-dev-part1.json"
    paragraphs = [p["context"] for a in json.loads(squad.read_text())["data"] for p in a["paragraphs"]]
    encoder = SentenceTransformerEncoder()
    encoder.encode(paragraphs[:8])  # load the model before timing
    rows = []
    for n in counts:
        work = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
        corpus = work / "corpus"
        corpus.mkdir()
        for i in range(n):
            chunk = [paragraphs[(i * 3 + k) % len(paragraphs)] for k in range(3)]
            (corpus / f"a{i:05d}.txt").write_text(f"Article {i}\n\n" + "\n\n".join(chunk) + "\n")
        t = time.perf_counter()
        _, report = update_library(corpus, work / "index", encoder, 90, progress=False)
        took = time.perf_counter() - t
        rows.append((f"{n:,}", f"{report.encoded_passages:,}", f"{took:.1f}", f"{report.encoded_passages / took:.1f}"))
        print("  " + " | ".join(rows[-1]), flush=True)
        shutil.rmtree(work, ignore_errors=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--skip-encoder", action="store_true")
    parser.add_argument("--only-ingest", action="store_true")
    args = parser.parse_args()
    if args.only_ingest:
        table(ingest_rows([100, 300, 1000]), ("articles", "passages", "seconds", "passages/s"))
        return
    print(f"# FAISS (index type switches from flat to HNSW above {EXACT_LIMIT:,} passages)")
    table(faiss_rows(args.sizes), ("vectors", "index", "build s", "p50 query ms", "recall@10", "memory MB"))
    print("\n# BM25 (inverted index): build grows linearly, a query touches only its terms' postings")
    table(bm25_rows([10_000, 100_000, 300_000]), ("passages", "build s", "passages/s", "p50 query ms"))
    if not args.skip_encoder:
        print("\n# Ingest: articles of real SQuAD paragraphs, all-MiniLM-L6-v2 on 2 CPU cores, everything included")
        table(ingest_rows([100, 300, 1000]), ("articles", "passages", "seconds", "passages/s"))


if __name__ == "__main__":
    main()
