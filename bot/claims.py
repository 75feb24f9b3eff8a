"""Names, numbers and dates in a text, and the check that each one appears in the cited sources."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .terms import fold

MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_MONTH_RE = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
DATE_RE = re.compile(
    rf"\b(?:\d{{1,2}}\s+{_MONTH_RE}(?:\s+\d{{4}})?|{_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:[-–]\d{{1,2}})?(?:,?\s+\d{{4}})?"
    rf"|{_MONTH_RE}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
)
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
# a medal's metal ranks it as an ordinal does: "silver medals" are not the "gold medal"
ORDINAL_RE = re.compile(rf"\b({'|'.join(ORDINALS)}|\d+(?:st|nd|rd|th)|gold|silver|bronze)\s+([a-z]+)", re.IGNORECASE)


def ordinals(text: str) -> set[tuple[str, str]]:
    """(noun, ordinal) pairs: "the fifth stage" -> ("stage", "fifth"); "silver medals" -> ("medals", "silver")."""
    # "the first half of 2023", "the third quarter" are periods, which the text may write as months
    return {(m.group(2).lower(), m.group(1).lower()) for m in ORDINAL_RE.finditer(text) if m.group(2).lower() not in _PERIODS}


_PERIODS = frozenset("half quarter quarters".split())


_SMALL = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()


def figure_written(figure: str, text: str) -> bool:
    """A figure in digits is in `text`, as digits or, up to twenty, as a word ("3 layers" - "three layers")."""
    if re.search(rf"(?<![\w.,]){re.escape(figure)}(?!\w|[.,]\d)", text):
        return True
    return figure.isdigit() and int(figure) < len(_SMALL) and bool(re.search(rf"\b{_SMALL[int(figure)]}\b", text, re.IGNORECASE))


YEAR_RE = re.compile(r"\b(1[5-9]\d\d|20\d\d)(?:s)?\b")
NUMBER_RE = re.compile(r"\b\d+(?:[.,]\d+)*(?:st|nd|rd|th|s\b)?(?:\s*(?:%|percent|per cent|mln|million|bn|billion|thousand|trillion))?")
NUMBER_WORDS = set(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million billion trillion half dozen first second third fourth fifth sixth seventh eighth ninth tenth "
    "twice".split()
)
# Capitalised words that are not names by themselves (sentence starts, titles, pronouns).
_NOT_NAMES = set(
    """The A An In On At By For With And But Or If As It Its This That These Those He She They We I You
    His Her Their Our My Your There Here What Which Who Whom Whose When Where Why How Yes No Not According
    During After Before Since Also Both Each All Some Many Most Recall Special Given Meanwhile However
    Mr Mrs Ms Dr President Chairman Minister Ambassador Head Speaker Deputy Vice First Chair Secretary
    Premier Prime General Foreign Affairs Party Department Committee Central National People Republic
    Council Assembly Congress Government State Ministry Office Press Service Summit Forum Initiative
    Aside Besides Apart Other Except Excluding Including Along Despite Although Though Unlike Like
    Extraordinary Plenipotentiary Assistant Honorary Acting""".split()
)
_CAP_SEQ = re.compile(r"(?<![\w’'])([A-Z][\w’'\-]*(?:[ \-](?:[A-Z][\w’'\-]*|of|de|van|von|al|bin))*)")


def names(text: str) -> list[str]:
    """Capitalised word runs that look like names (leading title words dropped)."""
    found = []
    for match in _CAP_SEQ.finditer(text):
        words = match.group(1).split()
        while words and (words[0].strip(".,") in _NOT_NAMES or words[0].lower() in WEEKDAYS or words[0] in {"of", "and", "for"}):
            words.pop(0)  # "Ministry of Science": not "of Science"
        while words and words[-1] in {"of", "de", "van", "von", "al", "bin"}:
            words.pop()
        if words and not all(w.lower().rstrip(".") in MONTHS for w in words):
            found.append(" ".join(words))
    return found


def numbers(text: str) -> list[str]:
    spans = [m.group(0).strip() for m in NUMBER_RE.finditer(text)]
    rest = NUMBER_RE.sub(" ", text)  # "150 million" once, not "million" again
    words = [w for w in re.findall(r"[a-z]+", rest.lower()) if w in NUMBER_WORDS]
    return spans + words


# "in early September", "since March": a month on its own ("May" only after such a word).
MONTH_ONLY_RE = re.compile(
    r"\b(?:early|mid|late|in|since|until|by|from|of|every|each)[ -]((?:early |mid-|late )?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December))\b(?!\s+\d)"
)


def dates(text: str) -> list[str]:
    full = [m.group(0) for m in DATE_RE.finditer(text)]
    return full + [m.group(1) for m in MONTH_ONLY_RE.finditer(text)] + [m.group(0) for m in YEAR_RE.finditer(text)]


def claims(text: str) -> list[str]:
    """Every name, number and date in `text` (a date's digits also count as numbers).

    Citation markers such as "[000_6b68]" are references, not claims, and are left out."""
    text = re.sub(r"\[[^\]]*\]", " ", text)
    return list(dict.fromkeys(names(text) + dates(text) + numbers(text)))


def render_date(iso: str | None) -> str:
    """Ways an article's ISO date may be written in a reply ('2016-02-24' -> '24 February 2016 ...')."""
    if not iso or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return ""
    year, month, day = iso.split("-")
    name = MONTHS[int(month) - 1].capitalize()
    return f"{iso} {int(day)} {name} {year} {name} {int(day)}, {year}"


def _normal(text: str) -> str:
    text = fold(text)
    text = re.sub(r"(\d)[,](\d{3})", r"\1\2", text)
    return " " + re.sub(r"[^a-z0-9]+", " ", text).strip() + " "


def unsupported(reply: str, sources: Iterable[str]) -> list[str]:
    """The claims of `reply` that none of the source texts contains (case, accents, punctuation aside)."""
    haystack = _normal(" \n ".join(sources))
    missing = []
    for claim in claims(reply):
        needle = _normal(claim)
        if needle.strip() and needle not in haystack and not _month_abbrev_ok(needle, haystack):
            missing.append(claim)
    return missing


def _month_abbrev_ok(needle: str, haystack: str) -> bool:
    # "Oct. 18" in a source supports "October 18" in a reply, and the reverse.
    full = {m[:3]: m for m in MONTHS[:12]}
    words = needle.split()
    variants = {" ".join(full.get(w[:3], w) if w[:3] in full else w for w in words)}
    variants |= {" ".join(w[:3] if w in MONTHS[:12] else w for w in words)}
    return any(f" {v.strip()} " in haystack for v in variants)
