"""The searchable corpus: articles, passages, their FAISS index and BM25, rebuilt when stale."""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from embeddings import Encoder, VectorIndex

from . import acronyms, paraphrase
from .articles import Article, load_articles
from .bm25 import BM25
from .claims import names
from .errors import IndexFileError
from .name_origin import name_country
from .passages import Passage, split_article
from .people import country_of, named_countries, people
from .sentences import split_sentences
from .terms import fold, terms

log = logging.getLogger(__name__)

_NAME = r"([A-Z][\w\-]+(?: [A-Z][\w\-]+){0,3})"
_BODY_NAMES = (
    re.compile(rf"{_NAME}[’'”\"]? (?:[Pp]arty|[Pp]rogram(?:me)?s?|[Ii]nitiatives?|[Mm]ovement|new economic policy)\b"),
    re.compile(rf"\b(?:party|programme|program|initiative|movement) [‘'“\"]{_NAME}"),
)


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
    _doc_passages: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _doc_terms: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _doc_people: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _doc_offices: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _doc_text: dict[str, str] = field(default_factory=dict, repr=False)
    _acronyms: dict[str, str] | None = field(default=None, repr=False)
    _person_countries: dict[str, str] | None = field(default=None, repr=False)
    _all_people: frozenset[str] | None = field(default=None, repr=False)
    _body_names: frozenset[str] | None = field(default=None, repr=False)
    _article_texts: dict[str, str] = field(default_factory=dict, repr=False)
    _doc_countries: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

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

    def doc_passages(self, doc_id: str) -> list[int]:
        """The article's passage numbers, in reading order."""
        if not self._doc_passages:
            for i, p in enumerate(self.passages):
                self._doc_passages.setdefault(p.doc_id, []).append(i)
        return self._doc_passages.get(doc_id, [])

    def article_text(self, doc_id: str) -> str:
        """The article's text, which passages are cut from (their offsets point into it)."""
        if not self._article_texts:
            self._article_texts = {a.doc_id: a.text for a in self.articles}
        return self._article_texts.get(doc_id, "")

    def doc_people(self, doc_id: str) -> frozenset[str]:
        """Terms of the names the article writes as people ("Shakhrat Nuryshev": so a later bare
        "Nuryshev" is a person, while "Khorgos" and "Almaty" are not)."""
        if doc_id not in self._doc_people:
            sentences = [s for p in self.doc_passages(doc_id) for s in self.by_passage[p]]
            self._doc_people[doc_id] = frozenset(
                t for s in sentences for person in people(self.sentences[s].text)
                if person.name not in self.body_names for t in terms(person.name)
            )
        return self._doc_people[doc_id]

    def doc_offices(self, doc_id: str) -> frozenset[str]:
        """Terms of the offices the article writes with its people ("Majilis Speaker", "Ambassador of
        Kazakhstan to China"): who the article's actors are."""
        if doc_id not in self._doc_offices:
            sentences = [s for p in self.doc_passages(doc_id) for s in self.by_passage[p]]
            self._doc_offices[doc_id] = frozenset(
                t for s in sentences for person in people(self.sentences[s].text) for t in terms(person.title)
            )
        return self._doc_offices[doc_id]

    @property
    def body_names(self) -> frozenset[str]:
        """Names some article writes as a party's or programme's ("Nur Otan Party", "the party
        ‘Nur Otan’", "Nurly Zhol new economic policy"): not people, wherever else they stand."""
        if self._body_names is None:
            text = " ".join(p.text for p in self.passages)
            self._body_names = frozenset(m.group(1) for pattern in _BODY_NAMES for m in pattern.finditer(text))
        return self._body_names

    @property
    def all_people(self) -> frozenset[str]:
        """Terms of the names any article writes as people."""
        if self._all_people is None:
            self._all_people = frozenset().union(*(self.doc_people(a.doc_id) for a in self.articles))
        return self._all_people

    def doc_text(self, doc_id: str) -> str:
        """The article's title and passages, folded and with single spaces (for phrase lookups)."""
        if doc_id not in self._doc_text:
            ids = self.doc_passages(doc_id)
            title = self.passages[ids[0]].title if ids else ""
            text = title + " " + " ".join(self.passages[i].text for i in ids)
            self._doc_text[doc_id] = " ".join(fold(text).replace("-", " ").split())
        return self._doc_text[doc_id]

    @property
    def person_countries(self) -> dict[str, str]:
        """Person -> the country some article says they represent ("PRC Chairman Xi Jinping"), else
        the one their name is written for ("Zhao Guoying": name_origin.py)."""
        if self._person_countries is None:
            given: dict[str, str | None] = {}
            for s in self.sentences:
                for person in people(s.text):
                    country = person.country or self._ministry_country(person.title, self.passages[s.passage].doc_id)
                    if country or person.name not in given:
                        given[person.name] = country
            self._person_countries = {n: c for n, g in given.items() if (c := g or name_country(n))}
        return self._person_countries

    def _ministry_country(self, title: str, doc_id: str) -> str | None:
        """"Vice Minister of Culture and Information" in an article naming "the Kazakh Ministry of
        Culture and Information": that ministry's country."""
        office = _MINISTER_OF.search(title)
        if not office:
            return None
        field = set(terms(office.group(1)))
        for match in _COUNTRY_MINISTRY.finditer(self.article_text(doc_id)):
            if field and field <= set(terms(match.group(2))) and (country := country_of(match.group(1))):
                return country
        return None

    def doc_countries(self, doc_id: str) -> frozenset[str]:
        """The countries the article names, in any form ("Chinese", "PRC", "Kazakhstan's")."""
        if doc_id not in self._doc_countries:
            self._doc_countries[doc_id] = frozenset(named_countries(self.doc_text(doc_id)))
        return self._doc_countries[doc_id]

    def spell_acronyms(self, question: str) -> str:
        """The question with the acronyms the articles only spell out spelled out ("CPC")."""
        if self._acronyms is None:
            self._acronyms = acronyms.table(t for p in self.passages for t in (p.title, p.text))
        return acronyms.expand(question, self._acronyms)

    def doc_terms(self, doc_id: str) -> frozenset[str]:
        """Every term of the article (title included)."""
        if doc_id not in self._doc_terms:
            self._doc_terms[doc_id] = frozenset(terms(self.doc_text(doc_id)))
        return self._doc_terms[doc_id]


_MINISTER_OF = re.compile(r"\bMinister of ((?:[A-Z][\w\-]*|and|of)(?: (?:[A-Z][\w\-]*|and|of))*)")
_COUNTRY_MINISTRY = re.compile(r"\b([A-Z][\w\-’']*) Ministry of ((?:[A-Z][\w\-]*|and|of)(?: (?:[A-Z][\w\-]*|and|of))*)")
# A word capitalised only because it opens a sentence: "Silver medals went to ..."
_OPENING_WORD = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s))([A-Z][a-z]+)(?= [a-z])", re.MULTILINE)


def _name_terms(texts: Iterable[str]) -> frozenset[str]:
    as_name: Counter[str] = Counter()
    overall: Counter[str] = Counter()
    for text in texts:
        overall.update(terms(text))
        plain = _OPENING_WORD.sub(lambda m: m.group(1).lower() if all(map(paraphrase.is_word, terms(m.group(1)))) else m.group(1), text)
        as_name.update(t for n in names(plain) for t in terms(n))
    return frozenset(t for t, n in as_name.items() if n >= 0.5 * overall[t])


def article_hash(article: Article) -> str:
    return hashlib.sha256(f"{article.title}\0{article.date}\0{article.text}".encode()).hexdigest()[:32]


def fingerprint(hashes: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(sorted(hashes.items())).encode()).hexdigest()


@dataclass
class UpdateReport:
    """What an index update did."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    encoded_passages: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


@dataclass
class _Saved:
    manifest: dict
    passages: list[Passage]
    vectors: np.ndarray


def _read_saved(index_dir: Path) -> _Saved | None:
    manifest = VectorIndex.read_manifest(index_dir)
    if manifest is None:
        return None
    try:
        rows = json.loads((index_dir / "current" / "passages.json").read_text(encoding="utf-8"))
        passages = [Passage(**row) for row in rows]
        vectors = np.load(index_dir / "current" / "vectors.npy")
    except (OSError, ValueError, TypeError) as exc:
        log.warning("index at %s is unreadable (%s); rebuilding", index_dir, exc)
        return None
    if len(vectors) != len(passages):
        log.warning("index at %s is inconsistent; rebuilding", index_dir)
        return None
    return _Saved(manifest, passages, vectors)


def open_library(corpus: Path, index_dir: Path, encoder: Encoder, passage_words: int, progress: bool = True) -> Library:
    """Load the saved index when it matches the corpus and settings, else update and save it."""
    return update_library(corpus, index_dir, encoder, passage_words, progress)[0]


def update_library(
    corpus: Path, index_dir: Path, encoder: Encoder, passage_words: int, progress: bool = True
) -> tuple[Library, UpdateReport]:
    """Bring the index in line with the corpus, encoding only new and changed articles."""
    articles = load_articles(corpus)
    hashes = {a.doc_id: article_hash(a) for a in articles}
    expected = {"encoder": encoder.name, "passage_words": passage_words, "corpus": fingerprint(hashes)}
    saved = _read_saved(index_dir)
    report = UpdateReport()
    if saved is not None and all(saved.manifest.get(k) == v for k, v in expected.items()):
        try:
            index = VectorIndex.load(index_dir)
            report.unchanged = len(articles)
            return Library(articles, saved.passages, index, BM25([p.text for p in saved.passages])), report
        except RuntimeError as exc:
            log.warning("index at %s is unreadable (%s); rebuilding", index_dir, exc)
    same_settings = saved is not None and all(saved.manifest.get(k) == expected[k] for k in ("encoder", "passage_words"))
    old_hashes: dict[str, str] = saved.manifest.get("articles", {}) if saved and same_settings else {}
    old_rows: dict[str, list[int]] = {}
    if saved is not None and same_settings:
        for i, p in enumerate(saved.passages):
            old_rows.setdefault(p.doc_id, []).append(i)
    passages: list[Passage] = []
    rows: list[np.ndarray | None] = []
    for article in articles:
        if old_hashes.get(article.doc_id) == hashes[article.doc_id] and article.doc_id in old_rows:
            report.unchanged += 1
            for i in old_rows[article.doc_id]:
                passages.append(saved.passages[i])  # type: ignore[union-attr]
                rows.append(saved.vectors[i])  # type: ignore[union-attr]
            continue
        (report.updated if article.doc_id in old_hashes else report.added).append(article.doc_id)
        for p in split_article(article, passage_words):
            passages.append(p)
            rows.append(None)
    report.removed = sorted(set(old_hashes) - set(hashes))
    todo = [i for i, r in enumerate(rows) if r is None]
    if todo:
        log.info("encoding %d passages of %d new or changed articles", len(todo), len(report.added) + len(report.updated))
        fresh = encoder.encode([passages[i].text for i in todo], progress=progress)
        if fresh.shape[0] != len(todo):
            raise IndexFileError("the encoder returned a wrong number of vectors")
        for i, vec in zip(todo, fresh, strict=True):
            rows[i] = vec
    report.encoded_passages = len(todo)
    dim = len(rows[0]) if rows else 384
    matrix = np.vstack(rows).astype(np.float32) if rows else np.zeros((0, dim), dtype=np.float32)
    index = VectorIndex.build(matrix)
    try:
        index.save(
            index_dir,
            {**expected, "passages": len(passages), "articles": hashes},
            {"passages.json": _dump(passages)},
            arrays={"vectors.npy": matrix},
        )
    except OSError as exc:  # a read-only cache still lets the bot answer, from memory
        log.warning("could not save the index to %s: %s", index_dir, exc)
    return Library(articles, passages, index, BM25([p.text for p in passages])), report


def _dump(passages: list[Passage]) -> str:
    return json.dumps([asdict(p) for p in passages], ensure_ascii=False)
