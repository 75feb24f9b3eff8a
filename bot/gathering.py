"""Answers spread over several articles: "which Kazakh officials met Chinese officials?".

Each article that holds part of the answer matches the question only in part, so articles are
chosen by how much of the question's topic they cover (rare words weigh more) relative to the best
article, and each contributes its best sentence. For "which officials / who" lists, each article
contributes the people it names in its opening and in that sentence, kept when they represent
the country asked about (a person the text gives no country for counts as the other side of a
meeting with someone of a named other country: articles about meetings rarely name both countries).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import paraphrase
from .answer_spans import candidates, holds_role
from .claims import names
from .evidence import Evidence
from .library import Library
from .people import Person, asked_countries, country_of, people
from .question import ANSWER_NOUNS, Question
from .sentences import dateline
from .terms import fold, terms

SHARE_OF_BEST = 0.75  # an article covering less than this share of the best one's coverage is left out
MIN_COVERAGE = 0.5  # of the topic's weight, for the best article
ABSENT_WEIGHT = 0.5
SCORE_SCALE = 0.6  # of the refusal threshold: each article holds only part of a list answer
OPENING_SENTENCES = 2  # where a news article names who met whom, after its dateline
DATELINE = "datelin"  # the term of "dateline(d)": a question about the articles' datelines


@dataclass(frozen=True)
class Item:
    evidence: Evidence
    answers: tuple[str, ...] = ()  # for "who" lists and datelines: what the article answers
    answers_sentence: int | None = None  # the sentence naming them, when not the evidence sentence


def topic_terms(q: Question) -> set[str]:
    """What the articles must talk about: the question's words without the kind of answer or its
    country qualifiers ("Kazakh officials")."""
    qualifiers = {t for c in asked_countries(q.text) for t in terms(c)} | {
        t for w in q.text.split() for t in terms(w) if asked_countries(w)
    }
    asked_body = {q.asked} if q.kind == "organisation" and q.asked else set()  # "which companies": the answer's kind
    return set(q.all_terms) - ANSWER_NOUNS - qualifiers - asked_body


def gather(library: Library, q: Question, ranked: list[Evidence], threshold: float) -> list[Item]:
    if DATELINE in q.all_terms:
        return datelines(library)
    topic = asked_topic = topic_terms(q)
    if q.kind == "person" and asked_countries(q.text) and topic <= paraphrase.MEETING:
        # "Which Kazakh officials met Chinese officials?": every meeting the articles report, in
        # person, by videoconference or by phone; the people of each article's opening answer.
        topic = set()
    # Words the corpus never uses count half: they may be the question's own wording ("cited as
    # sources") rather than its topic; a topic no article holds still leaves coverage low.
    # So does the kind of thing a name is ("the Nurly Zhol program"): articles call it a program, an
    # initiative or a policy.
    kinds = _name_kinds(q.text)
    weights = {t: library.bm25.idf(t) * (1.0 if library.bm25.df(t) and t not in kinds else ABSENT_WEIGHT) for t in topic}
    total = sum(weights.values())
    if not total and q.kind not in ("person", "organisation"):
        return []
    # "Which Chinese officials are mentioned?" has no topic beyond the people asked for: every article.
    best: dict[str, list[Evidence]] = {}
    bar = SCORE_SCALE * threshold if total else 0.0  # no topic: any article naming such people
    for e in ranked:
        # For "who" lists the people come from the article's opening (_with_people), so the
        # sentence on the topic need not name anyone itself.
        if (e.typed or q.kind == "person") and e.score >= bar:
            best.setdefault(library.passages[e.passage].doc_id, []).append(e)
    # A name of several words counts only where the article writes it whole ("Nur Otan", not "Nur-Sultan").
    phrases = [fold(n).replace("-", " ") for n in names(q.text) if 1 < len(n.split()) <= 4 and not n.isupper()]
    coverage = {doc: _coverage(library, doc, weights, phrases) / total if total else 1.0 for doc in best}
    top = max(coverage.values(), default=0.0)
    if top < MIN_COVERAGE:
        return []
    chosen = []
    for doc, evidences in best.items():
        if coverage[doc] < SHARE_OF_BEST * top:
            continue
        # The sentence that holds the article's rarest topic word, else the best-scored one.
        present = sorted((t for t in weights if t in library.doc_terms(doc)), key=lambda t: -weights[t])
        holding = [e for e in evidences if present and present[0] in terms(library.sentences[e.sentence].text)]
        chosen.append((holding or evidences)[0])
    chosen.sort(key=lambda e: -e.score)
    if q.kind == "organisation":
        return _bodies(library, q, chosen, bool(asked_topic))
    if q.kind != "person":
        return [Item(e) for e in chosen]
    # "Which Chinese people are named?" (no topic at all): everyone, once; a meeting list: each article's opening
    every = not asked_topic
    items, listed = [], set()
    for e in chosen:
        for item in _with_people(library, q, e, bool(topic), every):
            answers = tuple(a for a in item.answers if a not in listed)
            if answers:
                items.append(replace(item, answers=answers))
                listed |= set(answers)
    return items


def _name_kinds(text: str) -> set[str]:
    """Terms of the lowercase word right after a name: "the Nurly Zhol program" -> {program}."""
    named = [n for n in names(text) if not country_of(n)]  # "Chinese investment" is not a kind of name
    return {t for n in named for m in re.finditer(re.escape(n) + r" ([a-z]+)", text) for t in terms(m.group(1))}


def datelines(library: Library) -> list[Item]:
    """Where each article is datelined from ("BEIJING. KAZINFORM ..."), for articles that have one."""
    items = []
    for article in library.articles:
        first = library.doc_passages(article.doc_id)[:1]
        for sid in [s for p in first for s in library.by_passage[p][:OPENING_SENTENCES]]:
            place = dateline(library.sentences[sid].text)
            if place:
                items.append(Item(Evidence(sid, first[0], 1.0, True, (place,)), (place,)))
                break
    return items


def _coverage(library: Library, doc: str, weights: dict[str, float], phrases: list[str]) -> float:
    """The topic weight the article holds; a related word ("spoke" for "talked") earns part of it."""
    words = library.doc_terms(doc)
    held = {t: paraphrase.present(t, words) for t in weights}
    for phrase in phrases:
        if phrase not in library.doc_text(doc):
            held.update(dict.fromkeys(set(terms(phrase)) & set(held), 0.0))
    return sum(weights[t] * share for t, share in held.items())


def _with_people(library: Library, q: Question, e: Evidence, topic: bool = True, every: bool = False) -> list[Item]:
    """The people of this article who answer the question, and the sentence that names them; when
    the question has no topic beyond them ("which Chinese officials are named?"), the first sentence
    of the article naming any, or with `every`, each sentence that names someone new."""
    countries = asked_countries(q.text)
    wanted = countries[0] if countries else None
    doc_passages = library.doc_passages(library.passages[e.passage].doc_id)
    # Without a topic ("which Chinese people are named?") anyone of the article will do, in reading order.
    opening = [s for p in doc_passages[:1] for s in library.by_passage[p][:OPENING_SENTENCES]]
    if not topic:
        opening = [s for p in doc_passages for s in library.by_passage[p]]
    items: list[Item] = []
    named: set[str] = set()
    for sid in [e.sentence, *opening, *([e.lead] if e.lead is not None else [])]:
        text = library.sentences[sid].text
        found = [p.name for p in _answering(people(text), wanted, library.person_countries) if p.name not in named]
        if q.by:  # "which Chinese officials did Kazakh diplomats meet?": the other side holds that office
            doers = {p.name for p in people(text) if holds_role(text, p.name, q, q.by, whose=False)}
            found = [name for name in found if name not in doers] if doers else []
        if found and not topic:
            naming = replace(e, sentence=sid, passage=library.sentences[sid].passage, lead=None)
            items.append(Item(naming, tuple(dict.fromkeys(found))))
            named |= set(found)
            if not every:
                break
        elif found:
            return [Item(e, tuple(dict.fromkeys(found)), None if sid == e.sentence else sid)]
    return items


# What a body of the asked kind is called, before its name or as its last word ("the Chinese bus maker Yutong").
_BODY_KINDS = {
    "company": "company|companies|firm|brand|carmaker|automaker|corporation|group|holding|maker|manufacturer|producer|developer|operator|"
    "enterprise|ltd|llc|jsc|inc|co|industries|technologies|tech|motors|energy|airlines|railways",
    "firm": "company|firm|corporation|group|holding|maker|manufacturer|producer|ltd|llc|jsc|inc",
    "corporation": "corporation|company|group",
    "bank": "bank",
    "university": "university|institute|college|academy",
    "agency": "agency|service|committee",
    "organization": "organi[sz]ation|council|union|committee|commission|assembly|community|alliance|association|fund|bank|forum",
    "institution": "institution|institute|university|bank|fund|centre|center|museum|academy",
}
KIND_WINDOW = 4  # words before a name where its kind or country is written


def _bodies(library: Library, q: Question, chosen: list[Evidence], topic: bool) -> list[Item]:
    """For "which (Chinese) companies ...": the bodies of that kind (and country) each article names,
    in the sentence on the topic, or with no topic in any sentence; each named once."""
    wanted = next(iter(asked_countries(q.text)), None)
    kinds = _BODY_KINDS.get(q.asked or "", q.asked or "")
    items, listed = [], set()
    if not topic:  # "which companies are mentioned?": every article, those the question found first
        found_docs = {library.passages[e.passage].doc_id: e for e in chosen}
        for article in library.articles:
            first = library.doc_passages(article.doc_id)[:1]
            if article.doc_id not in found_docs and first and library.by_passage[first[0]]:
                found_docs[article.doc_id] = Evidence(library.by_passage[first[0]][0], first[0], 0.0, True, ())
        chosen = list(found_docs.values())
    for e in chosen:
        doc = library.passages[e.passage].doc_id
        sentences = [e.sentence] if topic else [s for p in library.doc_passages(doc) for s in library.by_passage[p]]
        for sid in sentences:
            text = library.sentences[sid].text
            found = [
                n for n in _joined(candidates("organisation", text, q), text)
                # written as a company (so no person, whatever people() read), and of the country asked
                if n not in listed and _named_as(n, text, kinds) and (wanted is None or _body_country(n, text) == wanted)
            ]
            if found:
                items.append(Item(replace(e, sentence=sid, passage=library.sentences[sid].passage, lead=None), tuple(dict.fromkeys(found))))
                listed |= set(found)
    return items


def _joined(found: list[str], text: str) -> list[str]:
    """Names one body's name holds, joined again: "Industrial" and "Commercial Bank of China"."""
    out: list[str] = []
    for name in found:
        if out and f"{out[-1]} and {name}" in text and " " not in out[-1]:
            out[-1] = f"{out[-1]} and {name}"
        else:
            out.append(name)
    return out


def _described_before(name: str, text: str) -> list[str]:
    """The words just before the name in its own phrase ("built by the Chinese company" -> the, Chinese, company)."""
    words = re.findall(r"[\w\-’']+|,", text[: text.find(name)])[-KIND_WINDOW:]
    cut = max((i for i, w in enumerate(words) if w in _PHRASE_BOUNDARY), default=-1)
    return words[cut + 1 :]


_PHRASE_BOUNDARY = frozenset(", and or by with from of to for in at on".split())


def _named_as(name: str, text: str, kinds: str) -> bool:
    """The name is written as a body of that kind: a word of it ("... Group", "Bank of China") or just before it."""
    return any(re.fullmatch(kinds, w, re.IGNORECASE) for w in [*name.split(), *_described_before(name, text)])


def _body_country(name: str, text: str) -> str | None:
    """The country a body is of: named in its name ("China National Building Material Group") or
    just before it ("the Chinese company Shandong Agri Tech")."""
    words = [*name.split(), *reversed(_described_before(name, text))]
    return next((c for w in words if w[:1].isupper() and (c := country_of(w))), None)


def _answering(persons: tuple[Person, ...], wanted: str | None, known: dict[str, str]) -> list[Person]:
    """The people of a sentence who represent the wanted country: so written, else known so from
    another sentence or their name (`known`), else the other side of someone of another country."""
    if wanted is None:  # anyone with an office or a country, or who meets such a person
        return [p for p in persons if p.country or p.title or any(o.country for o in persons if o is not p)]
    country = {p.name: p.country or known.get(p.name) for p in persons}
    others = {c for c in country.values() if c and c != wanted}
    return [p for p in persons if country[p.name] == wanted or (country[p.name] is None and others)]


def as_evidence(item: Item) -> Evidence:
    """The item's evidence, citing the sentence that names the people as its lead."""
    if item.answers_sentence is None:
        return item.evidence
    return replace(item.evidence, lead=item.answers_sentence)
