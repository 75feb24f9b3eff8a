"""Acronyms a question uses and the articles spell out: "the CPC's membership" is asked of articles
that only write "the Communist Party of China"."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from . import paraphrase
from .terms import STOPWORDS, terms

# A run of capitalised words, joined by the small words names keep inside them.
_RUN = re.compile(r"(?<![\w’'])[A-Z][\w’'\-]*(?: (?:of|and|for|the|on) [A-Z][\w’'\-]*| [A-Z][\w’'\-]*)+")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'\-]*")
_TOKEN = re.compile(r"\b([A-Za-z]{2,6})\b(?=[’']s\b|[^’'\w]|$)")
_JOINERS = frozenset("of and for the on".split())


def table(texts: Iterable[str]) -> dict[str, str]:
    """Acronym (upper case) -> the phrase the articles write most often with those initials, for
    acronyms the articles never write themselves."""
    written: set[str] = set()
    found: Counter[tuple[str, str]] = Counter()
    for text in texts:
        written.update(w.lower() for w in _WORD.findall(text))
        for run in _RUN.finditer(text):
            words = run.group(0).split()
            for i in range(len(words)):
                for j in range(i + 2, min(len(words), i + 8) + 1):
                    part = words[i:j]
                    if part[-1] in _JOINERS or any(len(w) > 1 and w.isupper() for w in part):
                        continue  # "UN Security": an acronym's initial is not its own
                    initials = "".join(w[0] for w in part if w not in _JOINERS).upper()
                    whole = i == 0 and j == len(words)
                    if 3 <= len(initials) <= 6 or (len(initials) == 2 and whole):
                        found[(initials, " ".join(part))] += 1
    best: dict[str, tuple[int, str]] = {}
    for (initials, phrase), n in found.items():
        if initials.lower() in written:
            continue
        if initials not in best or (n, -len(phrase)) > (best[initials][0], -len(best[initials][1])):
            best[initials] = (n, phrase)
    return {a: phrase for a, (_, phrase) in best.items()}


def expand(question: str, acronyms: dict[str, str]) -> str:
    """The question with each acronym the articles spell out replaced by their spelling."""

    def spell(match: re.Match[str]) -> str:
        word = match.group(1)
        if word.islower():  # "cpc" in a question typed in lowercase; "us" and "party" are words
            known = word in STOPWORDS or len(word) < 3 or any(paraphrase.is_word(t) for t in terms(word))
            return word if known else acronyms.get(word.upper(), word).lower()
        return acronyms.get(word, word) if word.isupper() else word  # "Song": a word, not an acronym

    return _TOKEN.sub(spell, question)
