"""A BERT encoder forward pass in numpy or plain torch, for sentence-transformers folders holding a BERT.

subtle: this exists for start-up time only. Importing transformers and resolving its auto classes
costs 6-8 s on two cores, longer than everything else a restart does; a 6-layer BERT needs only
the `tokenizers` library, safetensors and numpy (or torch for bulk). The vectors equal
sentence-transformers' own (tests/integration/test_encoder.py); any folder this does not recognise
goes through sentence-transformers.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any


def is_plain_bert(folder: Path) -> bool:
    try:
        config = json.loads((folder / "config.json").read_text())
    except (OSError, ValueError):
        return False
    return (
        config.get("model_type") == "bert"
        and config.get("hidden_act") == "gelu"
        and config.get("position_embedding_type", "absolute") == "absolute"
        and (folder / "model.safetensors").exists()
        and (folder / "tokenizer.json").exists()
    )


SMALL_BATCH = 64  # texts; up to this many (questions, a few sentences) run in numpy


def _erf(x: Any) -> Any:
    """Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7): exact GELU without importing scipy or torch."""
    import numpy as np

    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t
    return np.sign(x) * (1.0 - poly * np.exp(-a * a))


class Bert:
    """One set of weights, two forward passes: numpy for a few texts, torch for bulk encoding.

    subtle: importing torch costs ~2.3 s, most of a restart; a question needs only a handful of
    short texts encoded, which numpy does in milliseconds. Ingest batches use torch (2.5x faster
    on long passages). Both give the same vectors (tests/integration/test_encoder.py).
    """

    def __init__(self, folder: Path, max_length: int) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((folder / "config.json").read_text())
        self.heads = config["num_attention_heads"]
        self.layers = config["num_hidden_layers"]
        self.eps = config.get("layer_norm_eps", 1e-12)
        self.hidden_size = config["hidden_size"]
        self.w = {k.removeprefix("bert."): v.astype("float32") for k, v in load_file(str(folder / "model.safetensors")).items()}
        self._torch_w: dict[str, Any] | None = None
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=min(max_length, config.get("max_position_embeddings", 512)))
        self.tokenizer.enable_padding(pad_id=config.get("pad_token_id", 0))

    def tokenize(self, texts: list[str]) -> dict[str, Any]:
        import numpy as np

        batch = self.tokenizer.encode_batch(texts)
        return {
            "input_ids": np.array([e.ids for e in batch], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in batch], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in batch], dtype=np.int64),
        }

    def forward_numpy(self, input_ids: Any, token_type_ids: Any, attention_mask: Any) -> Any:
        import numpy as np

        w, eps = self.w, self.eps
        batch, length = input_ids.shape
        head = self.hidden_size // self.heads

        def layer_norm(x: Any, name: str) -> Any:
            mean = x.mean(-1, keepdims=True)
            var = ((x - mean) ** 2).mean(-1, keepdims=True)
            return (x - mean) / np.sqrt(var + eps) * w[name + ".weight"] + w[name + ".bias"]

        def linear(t: Any, name: str) -> Any:
            out = t.reshape(-1, t.shape[-1]) @ w[name + ".weight"].T + w[name + ".bias"]
            return out.reshape(*t.shape[:-1], out.shape[-1])

        def split(t: Any) -> Any:
            return t.reshape(batch, length, self.heads, head).transpose(0, 2, 1, 3)

        x = w["embeddings.word_embeddings.weight"][input_ids] + w["embeddings.position_embeddings.weight"][np.arange(length)]
        x = layer_norm(x + w["embeddings.token_type_embeddings.weight"][token_type_ids], "embeddings.LayerNorm")
        bias = np.where(attention_mask[:, None, None, :] == 0, np.finfo(np.float32).min, 0.0).astype(np.float32)
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            q, k, v = (split(linear(x, p + f"attention.self.{n}")) for n in ("query", "key", "value"))
            scores = q @ k.transpose(0, 1, 3, 2) / np.float32(math.sqrt(head)) + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, self.hidden_size)
            x = layer_norm(linear(context, p + "attention.output.dense") + x, p + "attention.output.LayerNorm")
            inner = linear(x, p + "intermediate.dense")
            inner = 0.5 * inner * (1.0 + _erf(inner / np.float32(math.sqrt(2.0))))
            x = layer_norm(linear(inner.astype(np.float32), p + "output.dense") + x, p + "output.LayerNorm")
        return x

    def forward_torch(self, input_ids: Any, token_type_ids: Any, attention_mask: Any) -> Any:
        import torch

        with torch.inference_mode():
            return self._forward_torch(input_ids, token_type_ids, attention_mask)

    def _forward_torch(self, input_ids: Any, token_type_ids: Any, attention_mask: Any) -> Any:
        import torch
        import torch.nn.functional as F  # noqa: N812

        if self._torch_w is None:
            self._torch_w = {k: torch.from_numpy(v) for k, v in self.w.items()}
        w, eps = self._torch_w, self.eps
        input_ids, token_type_ids, attention_mask = (torch.from_numpy(a) for a in (input_ids, token_type_ids, attention_mask))
        positions = torch.arange(input_ids.shape[1])
        x = w["embeddings.word_embeddings.weight"][input_ids] + w["embeddings.position_embeddings.weight"][positions]
        x = x + w["embeddings.token_type_embeddings.weight"][token_type_ids]
        x = F.layer_norm(x, (self.hidden_size,), w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], eps)
        batch, length, _ = x.shape
        head = self.hidden_size // self.heads
        blocked = (attention_mask[:, None, None, :] == 0)  # padding is never attended to
        bias = torch.zeros(blocked.shape).masked_fill(blocked, torch.finfo(x.dtype).min)

        def linear(t: Any, name: str) -> Any:
            return F.linear(t, w[name + ".weight"], w[name + ".bias"])

        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def split(t: Any) -> Any:
                return t.view(batch, length, self.heads, head).transpose(1, 2)

            q, k, v = (split(linear(x, p + f"attention.self.{n}")) for n in ("query", "key", "value"))
            scores = q @ k.transpose(-1, -2) / math.sqrt(head) + bias
            context = (scores.softmax(-1) @ v).transpose(1, 2).reshape(batch, length, self.hidden_size)
            x = F.layer_norm(linear(context, p + "attention.output.dense") + x, (self.hidden_size,),
                             w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"], eps)
            inner = F.gelu(linear(x, p + "intermediate.dense"))
            x = F.layer_norm(linear(inner, p + "output.dense") + x, (self.hidden_size,),
                             w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], eps)
        return x.numpy()
