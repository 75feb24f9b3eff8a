"""Text, title and date out of .txt/.md, .html and .pdf files (via BeautifulSoup and pypdf)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")


class Unreadable(Exception):
    """The file cannot become an article; the message says why, for a person."""


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str | None = None  # from the document's own metadata, where it has one
    date: str | None = None  # ISO date from metadata, where it has one


def extract(path: Path, data: bytes) -> Extracted:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return _pdf(data)
    text = _decode(data)
    if suffix in (".html", ".htm"):
        return _html(text)
    return Extracted(text)


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise Unreadable("binary content, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Unreadable(f"not UTF-8 text (byte {exc.start}); save it as UTF-8") from exc


def _html(markup: str) -> Extracted:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "nav", "header", "footer", "form"]):
        tag.decompose()
    title = None
    for attrs in ({"property": "og:title"}, {"name": "title"}):
        meta = soup.find("meta", attrs=attrs)
        if meta and meta.get("content"):
            title = str(meta["content"]).strip()
            break
    if not title and soup.title and soup.title.string:
        title = soup.title.string.strip()
    date = None
    for attrs in ({"property": "article:published_time"}, {"name": "date"}, {"name": "pubdate"}, {"itemprop": "datePublished"}):
        meta = soup.find("meta", attrs=attrs)
        if meta and meta.get("content"):
            date = _iso(str(meta["content"]))
            if date:
                break
    if date is None:
        stamp = soup.find("time", attrs={"datetime": True})
        date = _iso(str(stamp["datetime"])) if stamp else None
    body = soup.body or soup
    blocks = [b.get_text(" ", strip=True) for b in body.find_all(["p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre"])]
    text = "\n\n".join(b for b in blocks if b) or body.get_text("\n\n", strip=True)
    return Extracted(text, title or None, date)


def _pdf(data: bytes) -> Extracted:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata or {}
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise Unreadable(f"not a readable PDF ({exc})") from exc
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text.strip():
        raise Unreadable("the PDF has no text layer (a scan?); run OCR first")
    title = str(meta.get("/Title") or "").strip() or None
    date = _iso(str(meta.get("/CreationDate") or "").removeprefix("D:"))
    return Extracted(text, title, date)


def _iso(value: str) -> str | None:
    match = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    return f"{year}-{month}-{day}" if 1 <= int(month) <= 12 and 1 <= int(day) <= 31 else None
