"""Words written differently for the same thing: "trade opinions" / "exchanged views", "intensify" /
"stepping up", "admire" / "admiration". The table (bot/related.txt) comes from WordNet 3.0 through
tools/related_words.py: synonyms of a word's most common senses and the words derived from it;
bot/related_news.txt adds the offices and bodies news names in several ways ("legislators")."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .terms import terms

RELATED_CREDIT = 0.5  # share of a question term's weight that a related word earns
# Officials meeting, as news writes it: "met", "held talks", "spoke via videoconference", "conferred".
MEETING = frozenset(terms("meet meeting talk talks speak spoke confer conferred negotiate conference videoconference"))


@cache
def _table() -> dict[str, str]:
    """Term -> its related words as written in the files; split when first asked (start-up stays fast)."""
    return _load()[0]


@cache
def _load() -> tuple[dict[str, str], frozenset[str]]:
    """The table, and the words the files give relations for (the words WordNet knows)."""
    lines = Path(__file__).with_name("related.txt").read_text(encoding="utf-8").splitlines()
    table = dict(line.split("\t", 1) for line in lines if line and not line.startswith("#"))
    for line in Path(__file__).with_name("related_news.txt").read_text(encoding="utf-8").splitlines():
        group = sorted({t for t in terms(line)}) if line and not line.startswith("#") else []
        for t in group:
            table[t] = ",".join([v for v in table.get(t, "").split(",") if v] + [v for v in group if v != t])
    words = frozenset(table)
    # relatedness goes both ways: "production" lists "produc", so "produc" finds "production"
    back: dict[str, list[str]] = {}
    for t, vs in table.items():
        for v in vs.split(","):
            if v and " " not in v and t not in table.get(v, "").split(","):
                back.setdefault(v, []).append(t)
    for v, ts in back.items():
        table[v] = ",".join([w for w in table.get(v, "").split(",") if w] + ts)
    return table, words


@cache
def related(term: str) -> tuple[tuple[str, ...], ...]:
    """The related words of a search term (each a tuple of terms: "step up" is ("step",))."""
    return tuple(tuple(v.split()) for v in _table().get(term, "").split(",") if v)


def is_word(term: str) -> bool:
    """The term is an English word WordNet knows ("party"; not "cpc")."""
    return term in _load()[1]


def present(term: str, words: set[str]) -> float:
    """1 when `term` is among `words`, RELATED_CREDIT when a related word is, else 0."""
    if term in words:
        return 1.0
    if any(all(w in words for w in phrase) for phrase in related(term)):
        return RELATED_CREDIT
    if term in MEETING and words & MEETING:  # "met" / "spoke via videoconference"
        return RELATED_CREDIT
    if words & _agent_nouns(term):  # "conducted" / "conductor", "organiser" / "organised"
        return RELATED_CREDIT
    return 0.0


@cache
def _agent_nouns(term: str) -> frozenset[str]:
    """The doer's noun of a verb's term and the verb of a doer's noun: "conduct" - "conductor",
    "win" - "winner", "organis" - "organiser" (a "former" president formed nothing)."""
    if len(term) < 4:
        return frozenset()
    if term.endswith(("er", "or")):
        stems = {term[:-2], term[:-3] if term[-3] == term[-4] else term[:-2]}
        return frozenset(stems | {s + "e" for s in stems}) - {"form"}
    return frozenset({term + "er", term + "or", term + term[-1] + "er"}) - {"former"}
