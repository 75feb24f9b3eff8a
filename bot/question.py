"""What a question asks for: the answer type (who / when / how many ...) and its terms."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from . import claims, paraphrase
from .extractive import ATTRIBUTION, drop_titles
from .people import TITLE_BOUNDARY, country_of, people
from .sentences import dateline
from .terms import STOPWORDS, fold, terms

_PERSON_NOUNS = (
    "official|officials|person|people|minister|ministers|leader|leaders|diplomat|diplomats|ambassador|"
    "president|chairman|speaker|head|representative|politician|politicians|counterpart|counterparts|side"
)
# Offices specific enough that the person answering must be described with them.
_ROLE_WORDS = (
    "chairman chairwoman chair president ambassador minister speaker premier secretary governor mayor director head "
    "chief ceo founder king queen emperor pope prince princess general commander"
).split()
_ROLES = frozenset(terms(" ".join(_ROLE_WORDS)))
# Where "the chairman of X" / "the name of X" ends: a clause, a preposition of time or place, punctuation.
_OF_END = r"(?= when\b| while\b| in\b| at\b| on\b| during\b| who\b| that\b|{more}[,?.]|$)"
_ROLE_OF = re.compile(rf"\b(?:{'|'.join(_ROLE_WORDS)})\w* of (?:the )?(.+?)" + _OF_END.format(more=""))
_LESSER_OFFICE = frozenset(terms("vice deputy assistant acting former first-deputy", keep_stopwords=True))
# "who is the Chinese ambassador", "which Kazakh official": a country word qualifying the answer itself.
_QUALIFIED = re.compile(r"^(?:and |so )?(?:who(?:'s| is| was| are| were) (?:the |a |an )?|(?:which|what) )([a-z]+)\b")
ROLE_WINDOW = 10  # words after a name (twice as many before it) where its office is written
NAME_WINDOW = 6  # words around a name where the thing it names is written
_NAME_OF = re.compile(
    r"\bname of (?:the |a |an |its |his |her |their )?(.+?)" + _OF_END.format(more=r" which\b| he\b| she\b| they\b|")
)
_OFFICE_WORDS = frozenset(terms("position post title job office"))
_TIME_WORDS = frozenset(terms("day week weekday date month year time"))
_MEASURE_WORDS = frozenset(terms("long old far big large number percentage share amount proportion"))
# Words that make a name a body rather than a person ("People's Congress", "Kazinform" is left to chance).
_BODIES = frozenset(
    terms(
        "committee congress council ministry department party parliament assembly senate government forum summit "
        "agency service union organization organisation association bank company corporation university institute "
        "embassy office bureau commission court fund group centre center majilis"
    )
)
_PLACE_PREPOSITIONS = "in|at|near|outside|inside|across|around|within|throughout"
_PLACE_NOUNS = "city|cities|country|countries|town|place|region|capital"
# Words that name the kind of answer rather than its topic ("which officials ...", "which cities ...").
ANSWER_NOUNS = frozenset(terms(" ".join(f"{_PERSON_NOUNS}|{_PLACE_NOUNS}".split("|"))))
# "What did the ambassador say ...?" asks what was said, not who: no verb between "what" and the noun.
_AUXILIARIES = r"(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should|may|might|must)\b"
_RULES: list[tuple[str, str]] = [
    (r"^(?:and |so |but )?(?:in |on |at )?(?:what|which) year\b|\byear did\b", "year"),
    (r"\bday of the week\b|\bweekday\b", "weekday"),
    (r"\bwhich day\b|\bwhat (?:date|day|month|time)\b|^(?:and |so )?when\b|\bsince when\b", "date"),
    (r"\bhow (?:many|much|long|old|far|big|large)\b|\bwhat (?:number|percentage|share|amount|proportion)\b", "number"),
    (rf"^(?:and |so )?where\b|\b(?:which|what) (?:{_PLACE_NOUNS})\b", "place"),
    (rf"^(?:and |so )?(?:who|whom|whose)\b|\b(?:which|what) (?:(?!{_AUXILIARIES})\w+ ){{0,2}}(?:{_PERSON_NOUNS})\b", "person"),
    (r"\bwhat(?:'s| is| was) (?:\w+ ){0,3}(?:\w+(?:'s|’s)|his|her|their) (?:position|post|title|job|office)\b", "title"),
    (r"\bwhat(?:'s| is| was) the name\b|\bname of the\b|\bwhat \w+ is called\b", "name"),
]
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_AGGREGATE = re.compile(
    r"\b(?:these|the|all|both|various|different|which) (?:articles|stories|reports|texts)\b|\bin (?:any|each) article\b"
    r"|^(?:and )?(?:which|what) (?:\w+ ){0,2}(?!(?:is|was|has|does|this|kazakhstan)\b)\w{2,}[^\Wsiu']s\b(?! (?:is|was|does|did)\b)"
)


@dataclass(frozen=True)
class Question:
    text: str
    kind: str  # person | date | weekday | year | number | place | name | title | other
    aggregate: bool  # asks for every article that holds a part of the answer
    entities: frozenset[str]  # terms of the capitalised names in the question
    focus: frozenset[str]  # the other content terms (what is asked about)
    role: str | None = None  # "who was the chairman of ...": the office the answer must hold
    role_of: frozenset[str] = frozenset()  # "... of Nur Otan": whose office it is
    named: str | None = None  # "what is the name of the party school": the thing named ("school")
    country: str | None = None  # "who is the Chinese ambassador": the country the answer represents
    predicate: str | None = None  # "who won the election": what the answer must have done ("win")

    @property
    def all_terms(self) -> frozenset[str]:
        return self.entities | self.focus


_EXCLUSION_WORDS = frozenset(terms("else apart besides aside except excluding"))
_EXCLUDED = re.compile(r"\b(?:apart from|besides|other than|except(?: for)?|aside from)\s+([^,?]+)", re.IGNORECASE)


def analyse(text: str, name_terms: frozenset[str] = frozenset()) -> Question:
    """`name_terms`: terms the corpus writes as names, so lowercase questions find their entities."""
    lowered = fold(text).strip()
    kind = next((k for pattern, k in _RULES if re.search(pattern, lowered)), "other")
    name_terms = {t for n in claims.names(text) for t in terms(n)} | name_terms
    # "Apart from X, what else ...": X is what the answer is not about.
    excluded = {t for m in _EXCLUDED.finditer(text) for t in terms(m.group(1))}
    content = set(terms(text)) - excluded - _EXCLUSION_WORDS
    role, role_of, country, predicate = None, frozenset(), None, None
    if kind == "person":
        role = next((t for t in terms(lowered) if t in _ROLES), None)
        whose = _ROLE_OF.search(lowered)
        role_of = frozenset(terms(whose.group(1))) if whose else frozenset()
        qualified = _QUALIFIED.search(lowered)
        country = country_of(qualified.group(1)) if qualified else None
        verb = re.match(rf"^(?:and |so |but )?who (?!{_AUXILIARIES})(\w+)", lowered)
        predicate = next(iter(terms(verb.group(1))), None) if verb else None
    focus = content - name_terms
    named = None
    if kind == "name" and (what := _NAME_OF.search(lowered)):
        words = itertools.dropwhile(lambda t: t in name_terms, terms(what.group(1)))
        phrase = list(itertools.takewhile(lambda t: t not in name_terms, words))
        named = phrase[-1] if phrase else None  # "the party school Zhang Hanhui mentioned" -> "school"
    if kind == "title":  # "position" names the kind of answer, not what the sentence talks about
        focus -= _OFFICE_WORDS
    if kind in ("date", "weekday", "year"):  # "what day of the week": the answer's kind, not its topic
        focus -= _TIME_WORDS
    if kind == "number":  # "how long is it?"
        focus -= _MEASURE_WORDS
    return Question(
        text=text,
        kind=kind,
        role=role,
        role_of=role_of,
        country=country,
        predicate=predicate,
        named=named,
        aggregate=bool(_AGGREGATE.search(lowered)),
        entities=frozenset(name_terms & content),
        focus=frozenset(focus),
    )


def candidates(kind: str, sentence: str, question: Question) -> list[str]:
    """Spans of `sentence` that could answer a question of this kind and are not just its own words."""
    if kind == "person":
        found = _people_in(sentence)
    elif kind == "title":  # "what is Li Huilai's position?": the office written with that person
        found = [p.title for p in people(sentence) if set(terms(p.name)) & question.entities and re.search(r"[A-Z]", p.title)]
    elif kind in ("place", "name"):
        found = claims.names(sentence)
        if kind == "name" and question.named:  # the name is written with the thing it names
            found = [c for c in found if question.named in _around(sentence, c, NAME_WINDOW)]
        if kind == "place" and re.match(r"(?:and |so )?where\b", fold(question.text)):
            # "Where did they meet?": a place written as one ("in Astana", "shipped to Iran"), not "the
            # ambassador to Kazakhstan"
            found = [c for c in found if re.search(rf"\b(?:{_PLACE_PREPOSITIONS}|\w+(?:ed|ing) (?:to|from|into)) (?:the )?{re.escape(c)}", sentence)]
            found += [d] if (d := dateline(sentence)) else []  # "BEIJING. KAZINFORM - ..." filed from there
    elif kind == "date":
        found = claims.dates(sentence)
    elif kind == "weekday":
        found = [m.group(0) for m in _WEEKDAY.finditer(sentence)]
    elif kind == "year":
        found = [m.group(0) for m in claims.YEAR_RE.finditer(sentence)]
    elif kind == "number":
        found = [n for n in claims.numbers(sentence) if not claims.YEAR_RE.fullmatch(n)]
        # "One" in "One Belt, One Road" is part of a name, not a count
        found = [n for n in found if not n.isalpha() or re.search(rf"\b{n}\b|^{n.capitalize()}\b", sentence)]
    else:
        return []
    found = [c for c in found if set(terms(c)) - STOPWORDS and not _own(c, question)]
    if question.country and kind == "person":
        # "Which Chinese official ...": someone the text says is Chinese, or the unnamed-country side
        # of a meeting with someone of another country (as in gathering.py).
        persons = people(sentence)
        foreign = any(p.country and p.country != question.country for p in persons)
        fits = {p.name for p in persons if p.country == question.country or (p.country is None and foreign)}
        found = [c for c in found if c in fits]
    if question.role and kind == "person":
        # "Who was the chairman of Nur Otan?": a chairman, and of Nur Otan (not "PRC Chairman Xi").
        found = [c for c in found if _holds_role(sentence, c, question)]
    return found


SPAN_KINDS = ("date", "weekday", "year", "number")  # answers that are a bare span of the sentence
ATTACHED_WINDOW = 8  # words around a date or number where what it is about is written


def attached(span: str, sentence: str, question: Question) -> bool:
    """A date or number answers only when written next to what the question asks about ("during an
    Oct. 18 meeting" for "when did they meet?"), not anywhere in a sentence that also names the
    subject ("when did Wang become chair?" is not answered by the date of a meeting). Long offices
    are read past: "On February 23, <title of 15 words> Shakhrat Nuryshev met"."""
    if not question.all_terms:
        return True  # "when was that?": what it is about is in the conversation
    near = _around(drop_titles(sentence, set(question.all_terms)), span, ATTACHED_WINDOW)
    return any(paraphrase.present(t, near) for t in question.all_terms)


def _people_in(sentence: str) -> list[str]:
    """Who a sentence names: people with their titles cut off ("Communist Party of China Song Tao" ->
    "Song Tao"), then other names that are not countries, capitalised datelines or parts of those."""
    found = people(sentence)
    persons = [p.name for p in found]
    taken = {t for n in persons for t in terms(n)}
    titles = " ".join(p.title for p in found)
    credit = ATTRIBUTION.search(sentence)  # ", Kazinform has learnt from the press service": the source
    titles += " " + credit.group(0) if credit else ""
    others = []
    for name in claims.names(sentence):
        words = re.split(r"[\s\-]+", name)
        if set(terms(name)) & taken or words[0].islower() or name in titles or set(terms(name)) & _BODIES:
            continue  # part of an office ("Standing Committee") or the credit line, or a body
        if any(country_of(w) or (w.isupper() and len(w) > 3) for w in words if w[:1].isupper()):
            continue  # "China", "of China", "KAZINFORM On February": not who anyone is
        others.append(name)
    return list(dict.fromkeys(persons + others))


def _own(name: str, question: Question) -> bool:
    """The question's own name, whole or in part ("Maulen Ashimbayev" when it asks about Ashimbayev);
    one- to three-letter parts ("Li") are too common to tell people apart."""
    words = set(terms(name))
    return words <= question.all_terms or any(len(w) >= 4 and w in question.entities for w in words)


def _around(sentence: str, span: str, words: int) -> set[str]:
    at = sentence.find(span)
    before = terms(sentence[:at], keep_stopwords=True)[-words:]
    return set(before) | set(terms(sentence[at + len(span) :], keep_stopwords=True)[:words])


def _holds_role(sentence: str, name: str, question: Question) -> bool:
    """The office is written near the name, not as "vice"/"deputy" to it unless asked, and with whose
    office it is when the question says ("of Nur Otan")."""
    at = sentence.find(name)
    # Titles come before the name and run long ("Head of the International Liaison Department of the
    # Central Committee of the Communist Party of China Song Tao"); appositions after it are shorter.
    title = sentence[:at]
    cut = list(TITLE_BOUNDARY.finditer(title))  # "X met with <title> Y": Y's title starts after "with"
    before = terms(title[cut[-1].end() :] if cut else title, keep_stopwords=True)[-2 * ROLE_WINDOW :]
    after = terms(sentence[at + len(name) :], keep_stopwords=True)[:ROLE_WINDOW]
    window = [*before, "|", *after]
    asked = set(terms(question.text, keep_stopwords=True))
    held = any(
        w == question.role and (i == 0 or window[i - 1] not in _LESSER_OFFICE - asked) for i, w in enumerate(window)
    )
    # Whose office: most of its words ("the CPC's" may be written "the Communist Party of China").
    whose = len(question.role_of & (set(window) | set(terms(name))))
    return held and whose * 2 >= len(question.role_of)
