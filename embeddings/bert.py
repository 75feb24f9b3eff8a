"""A BERT encoder forward pass in plain torch, for sentence-transformers folders holding a BERT.

subtle: this exists for start-up time only. Importing transformers and resolving its auto classes
costs 6-8 s on two cores, longer than everything else a restart does; a 6-layer BERT needs only
torch, the `tokenizers` library and safetensors. The vectors equal sentence-transformers' own
(tests/integration/test_encoder.py); any folder this does not recognise goes through transformers.
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


class TorchBert:
    def __init__(self, folder: Path, max_length: int) -> None:
        from safetensors.torch import load_file
        from tokenizers import Tokenizer

        config = json.loads((folder / "config.json").read_text())
        self.heads = config["num_attention_heads"]
        self.layers = config["num_hidden_layers"]
        self.eps = config.get("layer_norm_eps", 1e-12)
        self.hidden_size = config["hidden_size"]
        weights = load_file(str(folder / "model.safetensors"))
        self.w = {k.removeprefix("bert."): v.float() for k, v in weights.items()}
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=min(max_length, config.get("max_position_embeddings", 512)))
        self.tokenizer.enable_padding(pad_id=config.get("pad_token_id", 0))

    def tokenize(self, texts: list[str]) -> dict[str, Any]:
        import torch

        batch = self.tokenizer.encode_batch(texts)
        return {
            "input_ids": torch.tensor([e.ids for e in batch]),
            "token_type_ids": torch.tensor([e.type_ids for e in batch]),
            "attention_mask": torch.tensor([e.attention_mask for e in batch]),
        }

    def forward(self, input_ids: Any, token_type_ids: Any, attention_mask: Any) -> Any:
        import torch
        import torch.nn.functional as F  # noqa: N812

        w, eps = self.w, self.eps
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
        return x
