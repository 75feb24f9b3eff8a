"""What a question asks for: the answer type (who / when / how many ...) and its terms."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import claims
from .terms import STOPWORDS, fold, terms

_PERSON_NOUNS = (
    "official|officials|person|people|minister|ministers|leader|leaders|diplomat|diplomats|ambassador|"
    "president|chairman|speaker|head|representative|politician|politicians|counterpart|counterparts|side"
)
_PLACE_NOUNS = "city|cities|country|countries|town|place|region|capital"
# Words that name the kind of answer rather than its topic ("which officials ...", "which cities ...").
ANSWER_NOUNS = frozenset(terms(" ".join(f"{_PERSON_NOUNS}|{_PLACE_NOUNS}".split("|"))))
_RULES: list[tuple[str, str]] = [
    (r"^(?:and |so |but )?(?:in |on |at )?(?:what|which) year\b|\byear did\b", "year"),
    (r"\bwhat day of the week\b|\bwhich day\b|\bwhat (?:date|day|month|time)\b|^(?:and |so )?when\b|\bsince when\b", "date"),
    (r"\bhow (?:many|much|long|old|far|big|large)\b|\bwhat (?:number|percentage|share|amount|proportion)\b", "number"),
    (rf"^(?:and |so )?where\b|\b(?:which|what) (?:{_PLACE_NOUNS})\b", "place"),
    (rf"^(?:and |so )?(?:who|whom|whose)\b|\b(?:which|what) (?:\w+ ){{0,2}}(?:{_PERSON_NOUNS})\b", "person"),
    (r"\bwhat(?:'s| is| was) the name\b|\bname of the\b|\bwhat \w+ is called\b", "name"),
]
_AGGREGATE = re.compile(
    r"\b(?:these|the|all|both|various|different) (?:articles|stories|reports|texts)\b|\bin (?:any|each) article\b"
    r"|^(?:and )?(?:which|what) (?:\w+ ){0,2}(?!(?:is|was|has|does|this|kazakhstan)\b)\w{3,}(?<!ss)(?<!')s\b(?! (?:is|was|does|did)\b)"
)


@dataclass(frozen=True)
class Question:
    text: str
    kind: str  # person | date | year | number | place | name | other
    aggregate: bool  # asks for every article that holds a part of the answer
    entities: frozenset[str]  # terms of the capitalised names in the question
    focus: frozenset[str]  # the other content terms (what is asked about)

    @property
    def all_terms(self) -> frozenset[str]:
        return self.entities | self.focus


_EXCLUDED = re.compile(r"\b(?:apart from|besides|other than|except(?: for)?|aside from)\s+([^,?]+)", re.IGNORECASE)


def analyse(text: str, name_terms: frozenset[str] = frozenset()) -> Question:
    """`name_terms`: terms the corpus writes as names, so lowercase questions find their entities."""
    lowered = fold(text).strip()
    kind = next((k for pattern, k in _RULES if re.search(pattern, lowered)), "other")
    name_terms = {t for n in claims.names(text) for t in terms(n)} | name_terms
    # "Apart from X, what else ...": X is what the answer is not about.
    excluded = {t for m in _EXCLUDED.finditer(text) for t in terms(m.group(1))}
    content = set(terms(text)) - excluded - {"else"}
    return Question(
        text=text,
        kind=kind,
        aggregate=bool(_AGGREGATE.search(lowered)),
        entities=frozenset(name_terms & content),
        focus=frozenset(content - name_terms),
    )


def candidates(kind: str, sentence: str, question: Question) -> list[str]:
    """Spans of `sentence` that could answer a question of this kind and are not just its own words."""
    if kind in ("person", "place", "name"):
        found = claims.names(sentence)
    elif kind == "date":
        found = claims.dates(sentence)
    elif kind == "year":
        found = [m.group(0) for m in claims.YEAR_RE.finditer(sentence)]
    elif kind == "number":
        found = [n for n in claims.numbers(sentence) if not claims.YEAR_RE.fullmatch(n)]
    else:
        return []
    asked = question.all_terms
    return [c for c in found if not set(terms(c)) <= asked and set(terms(c)) - STOPWORDS]
