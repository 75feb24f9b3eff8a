"""Sentence splitting with character offsets (news-style text: datelines, initials, abbreviations)."""

from __future__ import annotations

import re

# Candidate boundary: end punctuation, optional closing quotes/brackets, whitespace, then a capital,
# digit or opening quote. Line breaks always end a sentence (headlines, paragraphs).
_BOUNDARY = re.compile(r"[.!?…][\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n+")
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "inc", "ltd", "co",
    "corp", "jr", "sr", "etc", "e.g", "i.e", "u.s", "u.n", "sh", "approx", "est", "fig", "vol",
}


def _is_false_boundary(text: str, start: int, end: int) -> bool:
    if text[start] == "\n":
        return False
    word = re.search(r"([\w.]+)$", text[:start])
    token = word.group(1) if word else ""
    if token.lower().rstrip(".") in ABBREVIATIONS or re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", token):  # "J.", "L.N. Gumilyov"
        return True
    if token.isdigit() and len(token) <= 2 and re.search(r"(?:^|\n)\s*$", text[: start - len(token)]):
        return True  # "1. Machinery and equipment ...": a numbered list's item, not a sentence "1."
    # A dateline such as "BEIJING. KAZINFORM" is one unit, not two sentences.
    following = re.match(r"[A-Z]{2,}\b", text[end:])
    return bool(token.isupper() and len(token) > 1 and following)


def split_sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sentence) triples covering the non-blank text, offsets into `text`."""
    spans: list[tuple[int, int, str]] = []
    begin = 0
    for match in _BOUNDARY.finditer(text):
        if _is_false_boundary(text, match.start(), match.end()):
            continue
        cut = match.start() if text[match.start()] == "\n" else match.end()
        _add(text, begin, cut, spans)
        begin = match.end()
    _add(text, begin, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int, str]]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        spans.append((start + lead, start + lead + len(stripped), stripped))


# "BEIJING. KAZINFORM", "NUR-SULTAN. KAZINFORM –", "ASTANA –", "ASTANA, March 14, 2023 –": a run of
# capitals opening a story, perhaps with its date.
_DATELINE = re.compile(
    r"^([A-Z][A-Z\-']+(?:\s+[A-Z][A-Z\-']+)*)"
    r"(?:,\s+(?:(?P<m1>[A-Z][a-z]+)\.? (?P<d1>\d{1,2}),? (?P<y1>\d{4})|(?P<d2>\d{1,2}) (?P<m2>[A-Z][a-z]+) (?P<y2>\d{4}))(?=\s*[–—-]))?"
    r"(?:\.\s+[A-Z]{2,}\b)?\s*[.–—-]*\s+(?=\S)"
)


def strip_dateline(sentence: str) -> str:
    """The sentence without a leading news dateline (the text itself is left untouched)."""
    match = _DATELINE.match(sentence)
    if not match or not re.search(r"[a-z]", sentence[match.end() :][:40]):
        return sentence
    if not re.search(r"[.–—-]", match.group(0)[match.end(1) :]):
        return sentence  # "CEO of Khorgos Gateway ... said": an acronym opening a sentence
    rest = sentence[match.end() :]
    return rest[0].upper() + rest[1:] if rest else sentence


def dateline(sentence: str) -> str | None:
    """The place a story is datelined from ("NUR-SULTAN. KAZINFORM – ..." -> "Nur-Sultan"), if any."""
    match = _DATELINE.match(sentence.strip())
    if not match or not re.search(r"[a-z]", sentence.strip()[match.end() :][:40]):
        return None
    if len(match.group(1)) < 3 or not re.search(r"[.–—-]", match.group(0)[match.end(1) :]):
        return None  # "UN said ..." opens a sentence, not a dateline
    return match.group(1).title()


def dateline_date(text: str) -> str | None:
    """The ISO date a dateline near the top of a story gives ("ASTANA, March 14, 2023 –"), if any."""
    from .claims import MONTHS

    for line in text[:1000].splitlines()[:6]:
        match = _DATELINE.match(line.strip())
        if match and (year := match.group("y1") or match.group("y2")):
            month, day = match.group("m1") or match.group("m2"), int(match.group("d1") or match.group("d2"))
            index = next((i for i, m in enumerate(MONTHS[:12]) if m.startswith(month.lower()[:3])), None)
            return f"{year}-{index + 1:02d}-{day:02d}" if index is not None and 1 <= day <= 31 else None
    return None
