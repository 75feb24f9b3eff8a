"""Deterministic fakes: an encoder whose vectors are hashed word counts, a generator with queued replies."""

from __future__ import annotations

import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot import Bot  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.terms import terms  # noqa: E402


class FakeEncoder:
    """Bag of stemmed words hashed into 64 dimensions, unit length: similar words, similar vectors."""

    name = "fake-encoder"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray:
        self.calls.append(list(texts))
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for row, text in enumerate(texts):
            for term in terms(text):
                out[row, zlib.crc32(term.encode()) % 64] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)

    @property
    def encoded(self) -> int:
        return sum(len(c) for c in self.calls)


class FakeGenerator:
    """Replies from a queue (or an echo of the evidence); records every prompt it was given."""

    name = "fake-generator"

    def __init__(self, replies: list[str] | None = None) -> None:
        self.replies = list(replies or [])
        self.prompts: list[tuple[str, str, str]] = []

    def stream(self, system: str, user: str, evidence: str, max_new_tokens: int) -> Iterator[str]:
        self.prompts.append((system, user, evidence))
        reply = self.replies.pop(0) if self.replies else evidence
        for word in reply.split(" "):
            yield word + " "


ARTICLES = {
    "001_meeting.txt": " date 2016-02-24 BEIJING. KAZINFORM On February 23, Ambassador of Kazakhstan Shakhrat Nuryshev "
    "met with Head of the International Department Song Tao.\n\n\n\nThe parties discussed trade and the Silk Road "
    "Economic Belt programs in detail.\n\nAs per statistical data, the number of party members reached 87 mln in late 2015.\n",
    "002_speaker.txt": "Kazakhstan, China eye parliamentary cooperation\n\nNUR-SULTAN. KAZINFORM – Majilis Speaker Nurlan "
    "Nigmatulin spoke via videoconference with Li Zhanshu.\n\nFor instance, Nurlan Nigmatulin praised the trust-based "
    "political dialogue as well as deep economic ties.\n",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus", ARTICLES)


def write_corpus(folder: Path, articles: dict[str, str]) -> Path:
    """A folder holding `articles` (file name -> text)."""
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def settings(tmp_path: Path, corpus: Path) -> Settings:
    # No calibration file: the fixed starting weights, so expectations stay exact.
    return Settings(corpus=corpus, cache_dir=tmp_path / "cache", generator="none", min_evidence=0.3, calibration=tmp_path / "none.json")


@pytest.fixture
def encoder() -> FakeEncoder:
    return FakeEncoder()


@pytest.fixture
def bot_on(tmp_path: Path, settings: Settings, encoder: FakeEncoder):
    """A bot (fake encoder, no generator) on a folder holding the given articles."""

    def make(articles: dict[str, str]) -> Bot:
        folder = write_corpus(tmp_path / f"articles-{len(list(tmp_path.glob('articles-*')))}", articles)
        return Bot(settings=settings.with_overrides(corpus=folder), encoder=encoder, progress=False)

    return make


@pytest.fixture
def make_bot(settings: Settings, encoder: FakeEncoder):
    def make(generator: FakeGenerator | None = None, **changes: object) -> Bot:
        return Bot(settings=settings.with_overrides(**changes), encoder=encoder, generator=generator, progress=False)

    return make
