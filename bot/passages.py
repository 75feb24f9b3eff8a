"""Cutting articles into passages: whole sentences, at most `max_words` words, never across paragraphs."""

from __future__ import annotations

from dataclasses import dataclass

from .articles import Article
from .sentences import split_sentences


@dataclass(frozen=True)
class Passage:
    doc_id: str
    title: str
    date: str | None
    position: int  # 0-based order within the article
    start: int  # character offsets into Article.text
    end: int
    text: str

    @property
    def key(self) -> str:
        return f"{self.doc_id}#{self.position}"


def split_article(article: Article, max_words: int = 90) -> list[Passage]:
    """Passages of one article. A short paragraph (a headline, a one-line quote) joins the next one."""
    chunks: list[tuple[int, int]] = []
    pending: tuple[int, int] | None = None
    offset = 0
    for para in article.text.split("\n\n"):
        start = article.text.index(para, offset)
        offset = start + len(para)
        for chunk in _chunk_paragraph(para, start, max_words):
            if pending is not None:
                chunk = (pending[0], chunk[1])
                pending = None
            if _words(article.text[chunk[0] : chunk[1]]) < 12:
                pending = chunk
            else:
                chunks.append(chunk)
    if pending is not None:
        if chunks and _words(article.text[chunks[-1][0] : pending[1]]) <= max_words * 1.5:
            chunks[-1] = (chunks[-1][0], pending[1])
        else:
            chunks.append(pending)
    return [
        Passage(article.doc_id, article.title, article.date, i, s, e, article.text[s:e])
        for i, (s, e) in enumerate(chunks)
    ]


def _chunk_paragraph(para: str, base: int, max_words: int) -> list[tuple[int, int]]:
    chunks: list[tuple[int, int]] = []
    cur_start = cur_end = None
    count = 0
    for s, e, sentence in split_sentences(para):
        n = _words(sentence)
        if cur_start is not None and count + n > max_words:
            chunks.append((base + cur_start, base + cur_end))
            cur_start, count = None, 0
        if cur_start is None:
            cur_start = s
        cur_end, count = e, count + n
    if cur_start is not None:
        chunks.append((base + cur_start, base + cur_end))
    return chunks


def _words(text: str) -> int:
    return len(text.split())


def split_corpus(articles: list[Article], max_words: int = 90) -> list[Passage]:
    return [p for a in articles for p in split_article(a, max_words)]
