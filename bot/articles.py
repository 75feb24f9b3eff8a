"""Reading a folder of articles: id, title, date and clean text for each."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import CorpusError
from .formats import SUFFIXES, Unreadable, extract
from .sentences import dateline_date

log = logging.getLogger(__name__)

# A leading metadata token such as " date 2016-02-24 " or "Date: 2016-02-24" (it may share the line with the text).
_DATE_META = re.compile(r"^\s*date\s*:?\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?", re.IGNORECASE)
# ... or a line of its own under the headline.
_DATE_LINE = re.compile(r"\A[^\n]{1,200}\n\s*^(date\s*:\s*(\d{4}-\d{2}-\d{2})[ \t]*)$", re.IGNORECASE | re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n\s*\n\s*")


@dataclass(frozen=True)
class Article:
    doc_id: str
    title: str
    date: str | None
    text: str  # clean text: metadata removed, paragraphs separated by exactly one blank line
    path: Path


def clean_text(raw: str) -> tuple[str, str | None]:
    """Strip the metadata header and blank-line runs; return (text, ISO date or None)."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    date = None
    match = _DATE_META.match(text)
    if match:
        date = match.group(1)
        text = text[match.end() :]
    elif match := _DATE_LINE.search(text[:400]):  # "Headline\n\nDate: 2023-09-01\n\nStory ..."
        date = match.group(2)
        text = text[: match.start(1)] + text[match.end(1) :]
    paragraphs = [re.sub(r"[ \t]+", " ", p).strip() for p in _BLANK_RUNS.split(text)]
    return "\n\n".join(p for p in paragraphs if p), date


def find_title(text: str) -> str:
    """The headline line where there is one (short, no final full stop), else the first sentence."""
    first = text.split("\n", 1)[0].strip()
    if first and len(first) <= 150 and not first.endswith((".", "!", "?", "”", '"')) and "\n" in text:
        return first
    from .sentences import split_sentences, strip_dateline

    sentences = split_sentences(first)
    title = strip_dateline(sentences[0][2] if sentences else first)
    return title if len(title) <= 200 else title[:197].rsplit(" ", 1)[0] + "…"


MAX_BYTES = 10 * 1024 * 1024  # larger files are refused: articles are far smaller than this


def read_article(path: Path) -> Article:
    """One article from a file; raises Unreadable with a reason a person can act on."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise Unreadable(f"too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise Unreadable(exc.strerror or str(exc)) from exc
    extracted = extract(path, data)
    text, date = clean_text(extracted.text)
    if not text:
        raise Unreadable("empty: no text")
    title = extracted.title or find_title(text)
    return Article(doc_id=path.stem, title=title, date=date or extracted.date or dateline_date(text), text=text, path=path)


def try_read_article(path: Path) -> Article | None:
    try:
        return read_article(path)
    except Unreadable as exc:
        log.warning("skipped %s: %s", path.name, exc)
        return None


def read_folder(folder: Path) -> list[Article]:
    """Every usable article in `folder` (.txt .md .html .pdf), sorted by file name; may be empty."""
    folder = Path(folder)
    if not folder.is_dir():
        raise CorpusError(f"corpus folder not found: {folder}")
    paths = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith("."))
    articles: dict[str, Article] = {}
    for path in paths:
        article = try_read_article(path)
        if article is None:
            continue
        if article.doc_id in articles:
            log.warning("skipped %s: another file already has the id %r", path.name, article.doc_id)
            continue
        articles[article.doc_id] = article
    return list(articles.values())


def load_articles(folder: Path) -> list[Article]:
    """The articles of a corpus folder; a folder without any is an error."""
    articles = read_folder(folder)
    if not articles:
        raise CorpusError(f"no readable article (.txt, .md, .html, .pdf) in {folder}")
    return articles
