"""The searchable corpus: articles, passages, their FAISS index and BM25, rebuilt when stale."""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from embeddings import Encoder, VectorIndex

from .articles import Article, load_articles
from .bm25 import BM25
from .claims import names
from .errors import IndexFileError
from .passages import Passage, split_corpus
from .sentences import split_sentences
from .terms import terms

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Sentence:
    passage: int  # index into Library.passages
    start: int  # offsets into the passage text
    end: int
    text: str


@dataclass
class Library:
    articles: list[Article]
    passages: list[Passage]
    vectors: VectorIndex
    bm25: BM25
    sentences: list[Sentence] = field(default_factory=list)
    by_passage: list[list[int]] = field(default_factory=list)  # passage -> its sentence numbers
    name_terms: frozenset[str] = frozenset()  # terms the articles mostly write as (parts of) names

    def __post_init__(self) -> None:
        if not self.name_terms:
            self.name_terms = _name_terms(p.text for p in self.passages)
        if not self.sentences:
            for i, passage in enumerate(self.passages):
                ids = []
                for s, e, text in split_sentences(passage.text):
                    ids.append(len(self.sentences))
                    self.sentences.append(Sentence(i, s, e, text))
                self.by_passage.append(ids)


def _name_terms(texts: Iterable[str]) -> frozenset[str]:
    as_name: Counter[str] = Counter()
    overall: Counter[str] = Counter()
    for text in texts:
        overall.update(terms(text))
        as_name.update(t for n in names(text) for t in terms(n))
    return frozenset(t for t, n in as_name.items() if n >= 0.5 * overall[t])


def fingerprint(articles: list[Article]) -> str:
    digest = hashlib.sha256()
    for a in articles:
        digest.update(f"{a.doc_id}\0{a.title}\0{a.date}\0{a.text}\0".encode())
    return digest.hexdigest()


def open_library(corpus: Path, index_dir: Path, encoder: Encoder, passage_words: int, progress: bool = True) -> Library:
    """Load the saved index when it matches the corpus and settings, else rebuild and save it."""
    articles = load_articles(corpus)
    expected = {"encoder": encoder.name, "passage_words": passage_words, "corpus": fingerprint(articles)}
    manifest = VectorIndex.read_manifest(index_dir)
    if manifest is not None and all(manifest.get(k) == v for k, v in expected.items()):
        try:
            rows = json.loads((index_dir / "current" / "passages.json").read_text(encoding="utf-8"))
            passages = [Passage(**row) for row in rows]
            vectors = VectorIndex.load(index_dir)
            if len(vectors) == len(passages):
                return Library(articles, passages, vectors, BM25([p.text for p in passages]))
            log.warning("index at %s is inconsistent; rebuilding", index_dir)
        except (OSError, ValueError, TypeError, RuntimeError) as exc:
            log.warning("index at %s is unreadable (%s); rebuilding", index_dir, exc)
    elif manifest is not None:
        log.info("corpus or settings changed; rebuilding the index")
    return build_library(articles, index_dir, encoder, passage_words, expected, progress)


def build_library(
    articles: list[Article], index_dir: Path, encoder: Encoder, passage_words: int, manifest: dict, progress: bool
) -> Library:
    passages = split_corpus(articles, passage_words)
    log.info("indexing %d articles (%d passages)", len(articles), len(passages))
    vectors = encoder.encode([p.text for p in passages], progress=progress)
    if vectors.shape[0] != len(passages):
        raise IndexFileError("the encoder returned a wrong number of vectors")
    index = VectorIndex.build(np.asarray(vectors, dtype=np.float32))
    try:
        index.save(index_dir, {**manifest, "passages": len(passages)}, {"passages.json": _dump(passages)})
    except OSError as exc:  # a read-only cache still lets the bot answer, from memory
        log.warning("could not save the index to %s: %s", index_dir, exc)
    return Library(articles, passages, index, BM25([p.text for p in passages]))


def _dump(passages: list[Passage]) -> str:
    return json.dumps([asdict(p) for p in passages], ensure_ascii=False)
