"""Adding, updating and removing articles in a corpus folder, safely.

Every file is checked before it lands (format, size, text, encoding, duplicates), lands under a
sanitised name strictly inside the corpus folder, and is written atomically (temp file + rename).
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .articles import Article, read_article, read_folder
from .formats import SUFFIXES, Unreadable
from .library import Library


@dataclass(frozen=True)
class Outcome:
    """What happened to one file: added, updated, unchanged or refused (with the reason)."""

    name: str
    status: str
    reason: str = ""
    doc_id: str = ""

    def __str__(self) -> str:
        tail = f": {self.reason}" if self.reason else ""
        return f"{self.status:9} {self.name}{tail}"


def safe_name(name: str) -> str:
    """The file's own name only (no folders, no '..'), unicode kept, control characters dropped."""
    base = re.split(r"[\\\\/]", name)[-1]
    base = unicodedata.normalize("NFC", "".join(c for c in base if unicodedata.category(c)[0] != "C"))
    base = base.strip().lstrip(".")
    return base[:150] or "article.txt"


def add_files(corpus: Path, files: list[Path], names: list[str] | None = None) -> list[Outcome]:
    """Copy each file into `corpus` (optionally under the given original names); one Outcome each."""
    corpus = Path(corpus)
    corpus.mkdir(parents=True, exist_ok=True)
    existing = {a.doc_id: a for a in read_folder(corpus)}
    by_text = {_digest(a.text): a.doc_id for a in existing.values()}
    outcomes = []
    for i, source in enumerate(files):
        name = safe_name(names[i] if names else Path(source).name)
        outcomes.append(_add_one(corpus, Path(source), name, existing, by_text))
    return outcomes


def _add_one(corpus: Path, source: Path, name: str, existing: dict[str, Article], by_text: dict[str, str]) -> Outcome:
    target = corpus / name
    if target.resolve().parent != corpus.resolve():
        return Outcome(name, "refused", "the file name points outside the corpus folder")
    if target.suffix.lower() not in SUFFIXES:
        return Outcome(name, "refused", f"unsupported type {target.suffix or '(none)'}; use {', '.join(SUFFIXES)}")
    try:
        article = read_article(source)
    except Unreadable as exc:
        return Outcome(name, "refused", str(exc))
    doc_id = target.stem
    digest = _digest(article.text)
    twin = by_text.get(digest)
    if twin == doc_id:
        return Outcome(name, "unchanged", doc_id=doc_id)
    if twin is not None:
        return Outcome(name, "refused", f"duplicate of the article {twin!r} already in the corpus")
    status = "updated" if doc_id in existing else "added"
    _write_atomically(target, source.read_bytes())
    for other in corpus.glob(f"{_glob_escape(doc_id)}.*"):  # same id, other format: the new file replaces it
        if other != target and other.suffix.lower() in SUFFIXES:
            other.unlink()
    if doc_id in existing:
        by_text.pop(_digest(existing[doc_id].text), None)
    by_text[digest] = doc_id
    existing[doc_id] = article
    return Outcome(name, status, doc_id=doc_id)


def remove(corpus: Path, doc_ids: list[str]) -> list[Outcome]:
    outcomes = []
    known = {a.doc_id: a for a in read_folder(Path(corpus))}
    for doc_id in doc_ids:
        article = known.get(doc_id)
        if article is None:
            outcomes.append(Outcome(doc_id, "refused", "no such article in the corpus"))
            continue
        article.path.unlink()
        outcomes.append(Outcome(article.path.name, "removed", doc_id=doc_id))
    return outcomes


def _digest(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).lower().encode()).hexdigest()


def _glob_escape(text: str) -> str:
    return re.sub(r"([*?\[\]])", r"[\1]", text)


def _write_atomically(target: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class DocumentInfo:
    doc_id: str
    title: str
    date: str | None
    size: int  # bytes on disk
    passages: int


def describe(library: Library) -> list[DocumentInfo]:
    counts: dict[str, int] = {}
    for p in library.passages:
        counts[p.doc_id] = counts.get(p.doc_id, 0) + 1
    return [
        DocumentInfo(a.doc_id, a.title, a.date, a.path.stat().st_size if a.path.exists() else 0, counts.get(a.doc_id, 0))
        for a in library.articles
    ]
