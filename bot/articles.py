"""Reading a folder of articles: id, title, date and clean text for each."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import CorpusError

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md")
# A leading metadata token such as " date 2016-02-24 " (it may share the line with the text).
_DATE_META = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*", re.IGNORECASE)
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


def read_article(path: Path) -> Article | None:
    """One article, or None (with a warning naming the file) when it is not usable UTF-8 text."""
    try:
        raw = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        log.warning("skipped %s: not UTF-8 text", path.name)
        return None
    except OSError as exc:
        log.warning("skipped %s: %s", path.name, exc.strerror or exc)
        return None
    if "\x00" in raw:
        log.warning("skipped %s: binary content", path.name)
        return None
    text, date = clean_text(raw)
    if not text:
        log.warning("skipped %s: empty", path.name)
        return None
    return Article(doc_id=path.stem, title=find_title(text), date=date, text=text, path=path)


def load_articles(folder: Path) -> list[Article]:
    """Every usable .txt/.md article in `folder`, sorted by file name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise CorpusError(f"corpus folder not found: {folder}")
    paths = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
    articles = [a for a in (read_article(p) for p in paths) if a is not None]
    if not articles:
        raise CorpusError(f"no readable .txt or .md article in {folder}")
    return articles
