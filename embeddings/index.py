"""A FAISS inner-product index over unit vectors, saved atomically with a manifest that load checks."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

import numpy as np

FORMAT_VERSION = 1
# Exact search up to this many vectors: flat search costs ~1.3 ms at 10k and ~17 ms at 100k here,
# so it crosses the 10 ms budget near 50k; above it HNSW (bench/scale.py has the trade-off).
EXACT_LIMIT = 50_000


class VectorIndex:
    def __init__(self, index: Any, dim: int) -> None:
        self._index = index
        self.dim = dim

    @classmethod
    def build(cls, vectors: np.ndarray, exact_limit: int = EXACT_LIMIT) -> VectorIndex:
        import faiss

        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        dim = vectors.shape[1] if vectors.ndim == 2 and vectors.shape[0] else 384
        if len(vectors) <= exact_limit:
            index = faiss.IndexFlatIP(dim)
        else:
            index = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = 80
            index.hnsw.efSearch = 512  # recall 0.89 vs 0.61 at 128 on hard synthetic data (bench/scale.py)
        if len(vectors):
            index.add(vectors)
        return cls(index, dim)

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, ids) of the k nearest vectors for one query vector; ids of -1 are padding."""
        k = min(k, len(self))
        if k == 0:
            return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        scores, ids = self._index.search(np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32), k)
        keep = ids[0] >= 0
        return scores[0][keep], ids[0][keep]

    def vectors(self, ids: list[int]) -> np.ndarray:
        """The stored vectors of these ids (flat and HNSW indexes keep them)."""
        if not ids:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack([self._index.reconstruct(int(i)) for i in ids])

    # -- on disk: <dir>/current -> <dir>/v-<stamp>/{vectors.faiss, manifest.json, extra files} --

    def save(
        self, folder: Path, manifest: dict[str, Any], files: dict[str, str], arrays: dict[str, np.ndarray] | None = None
    ) -> Path:
        """Write a new version beside the old one, then switch `current` to it in one atomic rename.

        A process killed at any moment leaves `current` pointing at a complete version.
        """
        import faiss

        folder.mkdir(parents=True, exist_ok=True)
        version = folder / f"v-{time.time_ns()}-{os.getpid()}"
        tmp = folder / (version.name + ".partial")
        tmp.mkdir()
        faiss.write_index(self._index, str(tmp / "vectors.faiss"))
        for name, content in files.items():
            (tmp / name).write_text(content, encoding="utf-8")
        for name, array in (arrays or {}).items():
            np.save(tmp / name, array)
        body = {"format_version": FORMAT_VERSION, **manifest}
        (tmp / "manifest.json").write_text(json.dumps(body, indent=1, sort_keys=True), encoding="utf-8")
        _fsync_dir(tmp)
        tmp.rename(version)
        link = folder / f".current-{os.getpid()}"
        if link.is_symlink():
            link.unlink()
        link.symlink_to(version.name)
        os.replace(link, folder / "current")
        _fsync_dir(folder)
        for old in folder.iterdir():  # older versions and leftovers of killed runs
            if old.name.startswith("v-") and old.name != version.name:
                shutil.rmtree(old, ignore_errors=True)
        return version

    @staticmethod
    def read_manifest(folder: Path) -> dict[str, Any] | None:
        path = folder / "current" / "manifest.json"
        try:
            manifest = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return manifest if manifest.get("format_version") == FORMAT_VERSION else None

    @classmethod
    def load(cls, folder: Path) -> VectorIndex:
        import faiss

        index = faiss.read_index(str(folder / "current" / "vectors.faiss"))
        return cls(index, index.d)


def _fsync_dir(folder: Path) -> None:
    for path in [*folder.iterdir(), folder] if folder.is_dir() else [folder]:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)
