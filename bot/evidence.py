"""Finding the sentences that answer a question: hybrid passage retrieval, then sentence scoring.

Passages come from the FAISS index (dense) and BM25 (lexical); every sentence of those passages is
scored by its own similarity to the question, the share of the question's terms it holds (weighted by
rarity), and its passage's scores. A sentence that lacks what the question asks for (a date for
"when", a name for "who", a number for "how many") is marked untyped and ranked down.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from embeddings import Encoder

from . import claims, paraphrase
from .answer_spans import (
    ADMISSION,
    CURRENCY,
    FREE,
    GIVEN_TO,
    QUANTITY_UNIT,
    RECEIVING,
    agents,
    attached,
    bound_to_deed,
    candidates,
    priced,
)
from .bm25 import BM25
from .holding import name_written, person_written
from .library import Library
from .people import asked_countries, country_of, named_countries, people
from .question import ROLES, SPAN_KINDS, WHAT_IS_THE, Question, country_terms
from .terms import IRREGULAR, STOPWORDS, fold, stem, terms

# What the question asks about (its focus terms) picks the sentence; its names and the earlier turns
# of a conversation pick the passage. These are the starting weights; bot/calibration.json holds
# the fitted ones (python -m bot calibrate) and the refusal threshold that goes with them.
FEATURES = ("dense", "focus", "entities", "passage_dense")
WEIGHTS = {"dense": 0.40, "focus": 0.35, "entities": 0.10, "passage_dense": 0.15}
UNTYPED_PENALTY = 0.6
ASKED_WEIGHT = 2.0  # "which reforms ...": the noun the answer is one of counts twice in the focus
_NEGATED = re.compile(r"\b(?:not|never|cannot|no longer)\b|n't\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|never|no|none|nothing|neither|nor|without|cannot|fail\w*|refus\w*|lack\w*)\b|n't\b", re.IGNORECASE)
# "... arrive in Helsinki?": a capitalised place the question sets its event in.
_TRADED = re.compile(
    r"\b(?:did|does|do|will|would|has|have|had|can|could)\b.*?\b(?:export|import|ship|sell|supply|send)\w*"
    r"(?:\s+[a-z]+){0,3}?\s+(?:to|from)\s+([A-Z][\w\-]*)"
)  # "how much wheat did Kazakhstan export to Vietnam?" (a verb; not "the main imports from China")
_SET_IN = re.compile(r"\b(?:in|at|near)\s+((?:[A-Z][\w\-’']*)(?:\s+[A-Z][\w\-’']*)*)")
# Words that stand for someone named earlier: "he", "the sides", "the diplomat".
_ANAPHOR = re.compile(
    r"\b(?:he|she|him|her|his|they|them|their|we|our|I|my|you|your)\b|\bthe (?:sides|parties|two|latter|former|"
    r"diplomat|ambassador|minister|president|chairman|speaker|leader|head|official)\b",
    re.IGNORECASE,
)
_SPEECH = r"(?:said|says|noted|stressed|added|told|explained|emphasi[sz]ed|stated|declared)"
_SAYING = re.compile(r"\b(?:did|does|do|has|have|had|will|would) (.+?) (?:say|tell|state|declare)\b", re.IGNORECASE)
# Words that make a sentence something someone said: speech verbs, quotation marks, "according to".
_SPOKEN = re.compile(
    r"\b(?:sa(?:y|ys|id|ying)|t(?:ell|old)\w*|not(?:e|es|ed|ing)|stress\w*|add(?:s|ed|ing)?|explain\w*|emphasi[sz]\w*|"
    r"stat(?:es|ed|ing)|declar\w*|call(?:s|ed|ing)?|prais\w*|express\w*|urg\w*|brief\w*|point\w* out|remark\w*|"
    r"comment\w*|announc\w*|according to|believ\w*|hop(?:e|es|ed|ing)|wish\w*|thank\w*|recall\w*|outlin\w*|"
    r"speak\w*|spoke|respond\w*|assur\w*|confirm\w*|underlin\w*|highlight\w*|welcom\w*|congratulat\w*|"
    r"suggest\w*|propos\w*|warn\w*|insist\w*|argu\w*|claim\w*|describ\w*|agree(?:s|d|ing)?|reiterat\w*)\b|[“”\"‘]",
    re.IGNORECASE,
)
# "... Zhang Xiao said." / "said Song Tao": who speaks
_SAID_BY = re.compile(rf"([A-Z][\w\-]+(?: [A-Z][\w\-]+)*),? {_SPEECH}\b|\b{_SPEECH} ([A-Z][\w\-]+(?: [A-Z][\w\-]+)*)")
# "It competed with ...", "It was opened in 2015" (not "It was in 2015 that", "It is expected that")
# "The whole procedure takes about six hours.", "The investment will cost ...": a sentence opening on a
# plain noun (and naming nothing) is about what the sentence before tells
_THE_DEED_OPENS = re.compile(
    r"^The (?:whole |entire |total )?[a-z]+(?:,| (?:is|was|are|were|will|would|has|had|have|can|could|took|takes|take|costs?|[a-z]+ed)\b)"
)
_IT_OPENS = re.compile(
    r"It (?!(?:is|was|will be|has been) (?!(?:\w+(?:ed|en)|built|held|made|set up|sold|won|led|run)\b(?! that\b| to\b)))"
)
_THE_EVENT = re.compile(r"The (meeting|talks|visit|conference|ceremony|forum|festival|exhibition|match|exercise|session|summit|drill)\b")
_INTRODUCED = re.compile(r"\b(?:a|an) ((?:[\w\-]+ ){0,3}[\w\-]+)")  # "a Kazakh cultural centre will ..."
_THE_COUNTRY = re.compile(r"\b[Tt]he (?:country|team|national team|delegation|squad)\b")
_BODY_KINDS = (
    "party company corporation bank university institute ministry committee council department embassy fund centre center "
    "group organisation organization association agency firm club federation"
).split()
_THE_BODY = re.compile(rf"\bthe (?:{'|'.join(_BODY_KINDS)})(?:'s|’s)?\b")
_BODY_TERMS = frozenset(terms(" ".join(_BODY_KINDS)))
# "Almaty Fruit Export, a company founded in 2020": the kind of body a name is, told with it
# "the Khorgos Gateway dry port": the kind of place or works a name is, written after it
_KIND_AFTER = re.compile(
    r" (?:[a-z]+ )?(port|plant|farm|station|factory|refinery|mine|hospital|museum|zoo|airport|terminal|park|centre|center|"
    r"complex|hub|zone|stadium|theatre|school|college|project|pipeline|crossing)\b"
)
_KIND_GIVEN = re.compile(rf",? (?:a|an|the) (?:[\w\-]+ ){{0,3}}?({'|'.join(_BODY_KINDS)})\b")
_COSTING = frozenset(terms("cost costs"))
_WINNING = frozenset(terms("win receive"))  # "who won silver medals?": "Silver medals went to X and Y"
# "China topped the table with nine gold medals": what a side won, written as what it finished with
_FINISHED_WITH = re.compile(r"\bwith [\w\s,\-]{0,50}?\b(?:medals?|golds?|points|titles?|victories|wins)\b")
_AWARDED = re.compile(r"\b(?:medals?|prizes?|awards?|titles?|trophy|trophies|cups?|gold|silver|bronze)\b[\w\s,\-]{0,40}?\b(?:(?:went|go|goes|was awarded|were awarded) to|came from|was won by|were won by)\b", re.IGNORECASE)
_SPEAKING = frozenset(terms("speak talk"))  # "who spoke at the ceremony?": '..., said X at the ceremony.'
_OFFICE_SAID = re.compile(
    rf"\b[Tt]he (?:[\w\-]+ ){{0,2}}(?:{'|'.join(sorted(ROLES))})\w*,? (?:also )?{_SPEECH}\b", re.IGNORECASE
)
_HE = re.compile(r"^(?:He|She|His|Her)\b")
_INDEFINITE_OPENS = re.compile(r"(?:A|An) [\w\-]+")  # "A dairy in the Mangystau region has begun ..."
_ACCORDING_TO = re.compile(r"\baccording to (.+?)\W*$", re.IGNORECASE)  # "..., according to Li Zhanshu?"
_NOW = re.compile(r"\b(?:now|currently|at present|today|nowadays)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:before|until|prior to|ago|last year|previously|formerly|used to|in the past)\b", re.IGNORECASE)
# "How many students are from Kazakhstan?": where those asked about come from
_FROM_COUNTRY = re.compile(r"\b(?:are|is|were|was|come|comes|came) from ([A-Z][\w\-]+)")
# "Who will open the next forum?" is not answered by who opened this one
_FUTURE = re.compile(r"\b(?:will|would|shall|next|upcoming|plans?|planned|expected|due|scheduled|going to|set to|to be)\b", re.IGNORECASE)
# "The bank did not disclose the interest rates": a sentence saying the asked thing is not given
_UNDISCLOSED = re.compile(
    r"\b(?:(?:did|do|does|would|will|could) not|didn't|won't|declined to|refused to) (?:disclose|reveal|say|give|specify|name|comment on|make public)\b"
    r"|\b(?:was|were|is|are|has|have) (?:not|yet to be) (?:been )?(?:disclosed|revealed|announced|made public|specified|given|known)\b|\bundisclosed\b",
    re.IGNORECASE,
)
# "- When we established ...", "A: We started in 2012 ...": a paragraph of an interview's answer
_REPLY = re.compile(r"\s*(?:[-–—]\s|(?:A|Answer)\s*:\s)")
_ASKING = re.compile(r"\s*(?:Q|Question)\s*:\s")  # "Q: You studied in China yourself.": the interviewer's
_PRIZE_OF = re.compile(r"\b(?:won|win|wins|winning|took|take|received|get|got) (?:the |a |an )?((?:[a-z][\w\-]* ){1,2})(?:gold|silver|bronze|medals?|title|prize|cup)\b")
_LIVING = re.compile(r"\b(?:liv(?:e|es|ed|ing)|resid\w*|inhabitants?|population|populated|home to|settled)\b", re.IGNORECASE)
_FIGURES_ASKED = frozenset(terms("rate price fee tariff salary wage cost budget"))  # what is told as a figure
_OPPONENT = re.compile(r"\b(?:meet|play|face|beat|defeat|lose to|lost to|draw with|drew with|against)\b")  # a match's other side
_BECAME = re.compile(r"\b(?:became|become|becomes|appointed|elected|named|took office|assumed (?:the )?(?:post|office)|sworn in)\b")
_RETRACTED = re.compile(r"\b(?:earlier|previous|original) version of this (?:article|story|report)\b", re.IGNORECASE)
_RETRACTED_ASKED = re.compile(r"\b(?:earlier|previous|original) version\b|\bcorrect(?:ion|ed)\b", re.IGNORECASE)
_TURN_MARK = re.compile(r"^[ \t]*(?:Q|Question|A|Answer)[ \t]*:", re.MULTILINE)  # an interview's turns, line by line
_INTERVIEW = re.compile(r"\binterview", re.IGNORECASE)
_BYLINE = re.compile(r"^By ([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,3})$")  # "By Gulzhan Ospanova"
_FIRST_PERSON = re.compile(r"\b(?:I|my|me|I'm|I’m)\b")
# "Its general manager, Zhao Ming, ...", "... made up two thirds of them": of what the sentence before opens on
_ITS = re.compile(r"^Its\b|\b(?:of|among) them\b")
_OPENING_PHRASE = re.compile(
    rf"^[^,;:]+?(?=,| (?:is|was|are|were|has|had|have|will|would|can|could|\w+ed|{'|'.join(sorted(IRREGULAR))})\b)"
)
_BARE_COUNT = re.compile(
    r"(?:(?:About|Some|Fewer than|More than|Over|Nearly|Almost|Only|Around) )?(?:[\d,.]+|(?i:" + "|".join(sorted(claims.NUMBER_WORDS)) + r"))(?: (?:million|thousand))? "
    r"(?:are|were|is|was|have|had|live|lived|remain|remained)\b"
)  # a number with no noun, counting what the sentence before is about
_LIST_ITEM = re.compile(r"(?:\d{1,2}[.)]|[-•*–])\s")  # "2. Clothing ...", "- Clothing ..."
RECENT_SENTENCES = 3  # sentences back where "the refinery" was last named
LIST_LOOKBACK = 15  # sentences back to a list's introduction
PRONOUN_LOOKBACK = 3  # sentences to look back for whom "He" stands for
BESIDES_WEIGHT = 0.5  # "besides a close neighbor, what ...": what the answer is written beside counts half
UNQUOTED_PENALTY = 0.9  # "what did X say?": a sentence that is not X's own words ("X and Y agreed ...")
HEADLINE_PENALTY = 0.9  # a headline ("Kazakh-Chinese trade hits record in 2023", no full stop) tells less than its story
LEAD_PENALTY = 0.9  # "who ...?" answered by a name an earlier sentence gives ("the diplomat briefed him")
LEAD_LOOKBACK = 6  # sentences to look back for the name behind "he" / "the sides"


@dataclass(frozen=True)
class Evidence:
    sentence: int  # index into Library.sentences
    passage: int
    score: float
    typed: bool  # holds a span of the kind asked for (or the question has no particular kind)
    found: tuple[str, ...]  # those spans
    lead: int | None = None  # an earlier sentence of the passage that names who "he"/"the diplomat" is
    features: tuple[float, ...] = ()  # FEATURES, already multiplied by the untyped penalty


class Retriever:
    def __init__(self, library: Library, encoder: Encoder, top_passages: int = 8, weights: dict[str, float] | None = None) -> None:
        self.library = library
        self.encoder = encoder
        self.top_passages = top_passages
        self.weights = [(weights or WEIGHTS)[f] for f in FEATURES]
        self._sentence_vectors: dict[int, np.ndarray] = {}
        self._speakers: dict[int, str] = {}
        self._office_speakers_of: dict[int, set[str]] = {}
        self._holders_of: dict[tuple[str, str], set[str]] = {}  # (doc, office) -> who the article writes with it
        self._names_of: dict[str, dict[tuple[str, ...], tuple[int, str]]] = {}  # doc -> each name's terms -> (where first, its kind)
        self._interviewees: dict[str, str] = {}  # doc -> whom its interview is with
        self._leads: dict[str, str] = {}  # doc -> its headline and first sentence
        self._authors: dict[str, str] = {}  # doc -> who signed it

    def rank(self, question: Question, context: str = "", limit: int = 20) -> list[Evidence]:
        """Sentences best first. `context` (earlier turns) helps find the passage, not the sentence."""
        lib = self.library
        full_query = f"{question.text} {context}".strip()
        qvec, fvec = self.encoder.encode([question.text, full_query])
        own_vec = qvec
        bm25 = lib.bm25
        # A person is written by any telling word of their name ("Karabayev said" for Marat Karabayev)
        people_named = [g for g in question.name_groups if len(g) > 1 and set(g) & lib.all_people]
        names = {t: bm25.idf(t) for t in question.entities - {t for g in people_named for t in g}}
        names.update({" ".join(g): sum(bm25.idf(t) for t in g) for g in people_named})
        focus = {t: _weight(bm25, t) * (ASKED_WEIGHT if t == question.asked else 1) for t in question.focus} or dict(names)
        # "besides a close neighbor, what ...": a sentence listing it with more ("our close neighbor,
        # good friend and reliable partner") is near the answer
        beside = focus | {t: BESIDES_WEIGHT * _weight(bm25, t) for p in question.besides for t in terms(p) if t not in focus}
        if not focus:  # "When was that?": the question's content is all in the conversation
            focus = {t: bm25.idf(t) for t in terms(context)}
            qvec = fvec
        entities = {t: 0.5 * bm25.idf(t) for t in terms(context)}
        entities.update({t: bm25.idf(t) for t in question.focus} | names)
        wanted = self.top_passages * (3 if question.aggregate else 1)
        passages = self._passages(fvec, full_query, wanted)
        self._add_neighbours(passages, fvec)
        if context:  # the conversation must not crowd out the passages the question finds by itself
            own = [i for i in self._passages(own_vec, question.text, wanted) if i not in passages]
            for i, vec in zip(own, lib.vectors.vectors(own), strict=True):
                passages[i] = float(vec @ fvec)
        entity_scores = {p: _overlap(entities, lib.passages[p].title + " " + lib.passages[p].text) for p in passages}
        sentence_ids = [s for p in passages for s in lib.by_passage[p]]
        negated, places = bool(_NEGATED.search(question.text)), _places(question.text) - lib.all_people
        places |= _means(question.text)
        # the question's own groups are checked with what it misses; a follow-up's are the conversation's ("where do most of them study?")
        groups = {} if _groups(question.text) else _groups(context)
        # "What did Song Tao say?" (on nothing in particular): his own words first
        saying = _SAYING.search(question.text) if not question.focus else None
        talkers = [g for g in question.name_groups if saying and set(g) & set(terms(saying.group(1)))]
        # "what is the interest rate on the loans?": a sentence writing no rate does not answer it
        defined = question.kind == "other" and question.asked and bool(WHAT_IS_THE.search(fold(question.text)))
        ranked = []
        for sid, vec in zip(sentence_ids, self._vectors(sentence_ids), strict=False):
            sent = lib.sentences[sid]
            asked_by = self._question_answered(sid)  # "A: The first month." answers "Q: What was the hardest part?"
            told = f"{sent.text} {self._speaker(sid)} {_implied(sent.text)} {'' if asked_by is None else lib.sentences[asked_by].text}"
            values = (
                float(vec @ qvec),
                _overlap(beside if _listed_with(question.besides, sent.text) else focus, told, paraphrases=True),
                1.0 if self._called_short(question, sid) else entity_scores[sent.passage],
                passages[sent.passage],
            )
            typed, found, lead = self._typed(question, sid)
            if lead is None and asked_by is not None and not any(paraphrase.present(t, set(terms(sent.text))) for t in question.focus):
                lead = asked_by  # "A: The first month." reads with its question: "Q: What was the hardest part?"
            typed = typed and self._holds(question, sid, negated, places, groups)
            if question.about and 2 * _overlap({t: bm25.idf(t) for t in question.about}, self._speaker_text(sid), paraphrases=True) < 1:
                typed = False  # "what did Li Huilai say about the G20 summit?": words on the G20 summit
            if question.kind == "other" and question.asked in _FIGURES_ASKED and not [
                n for n in claims.numbers(claims.DATE_RE.sub(" ", sent.text)) if n[:1].isdigit() and not claims.YEAR_RE.fullmatch(n)
            ]:  # (a figure, not a date: "in 2024, ..., said on 11 October 2023" gives no rate)
                typed = False  # "what interest rate will it pay?" is not answered by "a lower interest rate in yuan than in dollars"
            if question.kind == "other" and question.asked and (
                not values[1]  # "what aircraft ...?" is not answered by a sentence on nothing it asks about
                or (defined and not paraphrase.present(question.asked, set(terms(told))))
            ):
                typed = False
            if not typed:
                values = tuple(UNTYPED_PENALTY * v for v in values)
            elif lead is not None and question.kind == "person":  # the answer is a sentence away
                values = tuple(LEAD_PENALTY * v for v in values)
            if talkers and not self._quotes(talkers, sid):
                values = tuple(UNQUOTED_PENALTY * v for v in values)
            if sent.text.rstrip("”\"’'")[-1:] not in ".!?" and fold(sent.text) == fold(lib.passages[sent.passage].title):
                values = tuple(HEADLINE_PENALTY * v for v in values)  # the story tells more than its headline
            score = sum(w * v for w, v in zip(self.weights, values, strict=False))
            ranked.append(Evidence(sid, sent.passage, score, typed, tuple(found), lead, values))
        ranked.sort(key=lambda e: -e.score)
        return ranked if question.aggregate else ranked[:limit]

    def _holds(self, question: Question, sid: int, negated: bool, places: set[str], groups: dict[str, str]) -> bool:
        """What the question says of its answer holds in the sentence (_fits), which is set where,
        among whom and in the trade the question asks about, and is no interviewer's question."""
        lib = self.library
        text = lib.sentences[sid].text
        # (a list of bodies reads each one's country from its name: "the Chinese bus maker Yutong and the Kazakh company ...")
        return (
            self._fits(negated, places, sid)
            and (question.kind == "organisation" or not _other_group(groups, text))
            and not (question.kind in SPAN_KINDS and _set_elsewhere(places, text, lib.all_people))
            and not _other_ordinal(question.ordinals, text)
            and not _traded_elsewhere(question.text, text)
            and not self._asks(sid)
            and not text.rstrip().endswith(":")  # "... published its list of the largest projects:": the items answer
            and not _within_other_name(question.text, text, lib.all_people)
            # "Correction: An earlier version of this article said ... 1,500 tonnes": what the article took back
            and not (_RETRACTED.search(text) and not _RETRACTED_ASKED.search(question.text))
        )

    def only_span(self, question: Question, doc: str) -> Evidence | None:
        """The article's one span of the asked kind, when it is written next to what the question
        asks about: "what day of the week did Nur Otan put out its statement?" - "... says the
        statement on Friday." (the sentence need not name Nur Otan; the article does)."""
        lib = self.library
        sentences = [s for p in lib.doc_passages(doc) for s in lib.by_passage[p]]
        spans = {sid: candidates(question.kind, lib.sentences[sid].text, question) for sid in sentences}
        if len({fold(f) for found in spans.values() for f in found}) != 1:
            return None
        sid = next(s for s, found in spans.items() if found)
        named = question.name_groups or asked_countries(question.text)
        if self._misses(question, sid) or (named and not self._names_every(question, self._lead(doc))):
            return None  # the story is on what the question names, not on another route it mentions
        if question.predicate == "live" and not self._tells_deed(question, sid):
            return None  # "how many Kazakh citizens live in China?": not how many the embassy helped (other deeds
            # may go unsaid next to the article's one figure)
        places = (_places(question.text) - lib.all_people) | _means(question.text)
        if not self._holds(question, sid, bool(_NEGATED.search(question.text)), places, _groups(question.text)):
            return None  # "how much wheat did Kazakhstan export to Uzbekistan?": not what went to China
        text = lib.sentences[sid].text
        words = set(terms(text))
        if any(set(name) & words and not name_written(lib, name, words) for name in question.name_groups):
            return None  # about another of its kind: "Al-Farabi ... University" for "Beijing ... University"
        found = tuple(f for f in spans[sid] if attached(f, text, question))
        return Evidence(sid, lib.sentences[sid].passage, 0.0, True, found) if found else None

    def _passages(self, qvec: np.ndarray, query: str, wanted: int) -> dict[int, float]:
        """Passage number -> dense similarity, for the union of the dense and the BM25 top lists."""
        scores, ids = self.library.vectors.search(qvec, wanted)
        found = {int(i): float(s) for s, i in zip(scores, ids, strict=False)}
        extra = [i for i, _ in self.library.bm25.top(query, wanted) if i not in found]
        # Passages only BM25 found still need their dense score: their vectors are in the index.
        for i, vec in zip(extra, self.library.vectors.vectors(extra), strict=True):
            found[i] = float(vec @ qvec)
        return found

    def _add_neighbours(self, passages: dict[int, float], qvec: np.ndarray) -> None:
        """The passages next to each found one, in the same article: a short paragraph ("The parties
        also exchanged views on the reforms.") rarely matches by itself what its neighbours name."""
        lib = self.library
        extra = [
            n for p in list(passages) for n in (p - 1, p + 1)
            if 0 <= n < len(lib.passages) and n not in passages and lib.passages[n].doc_id == lib.passages[p].doc_id
        ]
        extra = list(dict.fromkeys(extra))
        for i, vec in zip(extra, lib.vectors.vectors(extra), strict=True):
            passages[i] = float(vec @ qvec)

    def _vectors(self, sentence_ids: list[int]) -> list[np.ndarray]:
        missing = [s for s in sentence_ids if s not in self._sentence_vectors]
        if missing:
            encoded = self.encoder.encode([self.library.sentences[s].text for s in missing])
            self._sentence_vectors.update(zip(missing, encoded, strict=False))
        return [self._sentence_vectors[s] for s in sentence_ids]

    def _candidates(self, question: Question, sid: int) -> list[str]:
        """candidates() of the sentence; for "who", names the article writes as people somewhere,
        for "where", names it never does."""
        lib = self.library
        text = lib.sentences[sid].text
        doc = lib.passages[lib.sentences[sid].passage].doc_id
        called = self._kinds_called(question, doc) if question.role_of else frozenset()
        found = candidates(question.kind, text, question, lib.person_countries if question.country else None, called)
        known_people = lib.doc_people(doc)
        if question.kind in ("person", "place", "organisation") and found:
            # a person is a name the article writes as a person; a place or a body never is ("according to Ashimbayev")
            found = [f for f in found if bool(set(terms(f)) & known_people) == (question.kind == "person")]
        if question.kind == "person" and not (question.aggregate or question.role or question.country or question.by):
            # "whose initiative?": "at the initiative of the Chinese side" (a side or body, not a person)
            sides = [a for a in agents(text, question) if not set(terms(a)) & known_people]
            # ... unless someone is written as its doer too ("the visits of the heads of state and the
            # official visit of ... Askar Myrzakhmetov to China in September 2015"): the nearer wins
            found = (sides + [f for f in found if bound_to_deed(f, text, question)]) if sides else found
        if question.kind == "person" and (of := _OF_COUNTRY.search(question.text)) and (country := country_of(of.group(1))):
            # "the head coach of the Kazakh team" is no one written as of another country ("China's head coach")
            written = {p.name: p.country for p in people(text)}
            found = [f for f in found if written.get(f) in (None, country)]
        if question.kind == "person" and question.by and not found:
            # "whose greetings did the vice premier convey?": "Ding Xuexiang, for his part, conveyed the greetings
            # of Chairman Xi Jinping" - the vice premier the article names elsewhere with his office
            doers = {t for name in self._holders(doc, question.by) for t in terms(name)}
            if doers & set(terms(text)):
                plain = candidates(question.kind, text, replace(question, by=None), lib.person_countries if question.country else None, called)
                found = [f for f in plain if set(terms(f)) & known_people and not set(terms(f)) & doers]
        if question.kind == "person" and not found and _OPPONENT.search(fold(question.text)) and (own := set(asked_countries(question.text))):
            # "who will China meet in the final?": "China will meet Japan" - a side named by its country
            # (and the match asked about: "in the final" is not the bronze medal match)
            if all(paraphrase.present(t, set(terms(text))) for t in question.focus):
                found = [n for n in claims.names(text) if (c := country_of(n)) and c not in own and c == n]
        if question.kind == "person" and not found and (named := _NAMED_AS.match(text)) and question.focus:
            # "The largest creditor is the Export-Import Bank of China." (who is the largest creditor?)
            if all(paraphrase.present(t, set(terms(named.group(1)))) for t in question.focus):
                found = [named.group(2)]
        return found

    def _holders(self, doc: str, role: str) -> set[str]:
        """The people the article writes with an office ("Vice Premier of the State Council of China Ding Xuexiang")."""
        if (doc, role) not in self._holders_of:  # asked for every candidate sentence
            lib = self.library
            self._holders_of[(doc, role)] = {
                p.name for pid in lib.doc_passages(doc) for s in lib.by_passage[pid]
                for p in people(lib.sentences[s].text) if role in terms(p.title)
            }
        return self._holders_of[(doc, role)]

    def _speaker_text(self, sid: int) -> str:
        """The sentence, and when it is inside a quotation, its whole paragraph: "“We have achieved
        remarkable outcomes in ten years ...” Wang said." names its speaker two sentences later."""
        sent = self.library.sentences[sid]
        paragraph = self._paragraph(sid)
        if interviewee := self._answered_by(sid, self._turn(sid)):
            return f"{sent.text} {interviewee}"
        before = paragraph[: max(paragraph.find(sent.text), 0)]
        opened = before.count("“") > before.count("”") or before.count('"') % 2 == 1 or sent.text.startswith(("“", '"'))
        return paragraph if opened else sent.text

    def _asks(self, sid: int) -> bool:
        """The sentence is a question, not an answer: an interviewer's ("Q: You studied in China
        yourself.") or one that ends with a question mark."""
        text = self.library.sentences[sid].text
        return text.rstrip("”\"’'").endswith("?") or bool(_ASKING.match(self._turn(sid)))

    def _turn(self, sid: int) -> str:
        """The sentence's paragraph, or in an interview written "Q: ..." / "A: ..." line by line, its
        question's or answer's lines."""
        paragraph = self._paragraph(sid)
        marks = [m.start() for m in _TURN_MARK.finditer(paragraph)]
        if not marks:
            return paragraph
        at = max(paragraph.find(self.library.sentences[sid].text), 0)
        start = max((m for m in marks if m <= at), default=0)
        end = min((m for m in marks if m > at), default=len(paragraph))
        return paragraph[start:end].strip()

    def _question_answered(self, sid: int) -> int | None:
        """For the first sentence of an interview's answer, the last sentence of the question it
        answers ("Q: What was the hardest part?" for "A: The first month.")."""
        turn = self._turn(sid)
        if not _REPLY.match(turn):
            return None
        lib = self.library
        doc = lib.passages[lib.sentences[sid].passage].doc_id
        earlier = sid - 1  # the answer's first sentence: later ones go on from it, not from the question
        if earlier < 0 or lib.passages[lib.sentences[earlier].passage].doc_id != doc or self._turn(earlier) == turn:
            return None
        return earlier if self._asks(earlier) else None

    def _answered_by(self, sid: int, paragraph: str | None = None) -> str:
        """For a sentence of an interview's answer ("- When we established ..."), who gives it; for a
        first-person sentence of a signed essay ("I arrived in Urumqi ..." under "By Gulzhan Ospanova"),
        its author (`paragraph`: the sentence's, when the caller has read it)."""
        doc = self.library.passages[self.library.sentences[sid].passage].doc_id
        text = self.library.sentences[sid].text
        if _FIRST_PERSON.search(_outside_quotes(text)) and (author := self._author(doc)):
            return author
        paragraph = self._turn(sid) if paragraph is None else paragraph
        if not _REPLY.match(paragraph) or paragraph.rstrip().endswith("?"):
            return ""
        return self._interviewee(doc)

    def _author(self, doc: str) -> str:
        """Who signed the article ("By Gulzhan Ospanova" under its headline), if anyone."""
        if doc not in self._authors:
            top = self.library.article_text(doc)[:400].splitlines()[:4]
            self._authors[doc] = next((m.group(1) for line in top if (m := _BYLINE.match(line.strip()))), "")
        return self._authors[doc]

    def _interviewee(self, doc: str) -> str:
        """Who an interview is with: the people its opening names when it says it is one ("Ambassador
        Zhang Xiao gave an interview to Kazinform ...")."""
        if doc not in self._interviewees:
            opening = self._opening(doc)
            self._interviewees[doc] = " ".join(p.name for p in people(opening)) if _INTERVIEW.search(opening) else ""
        return self._interviewees[doc]

    def _fits(self, negated: bool, places: set[str], sid: int) -> bool:
        """What the question says of its answer holds in the sentence: a negation ("which body does
        not enforce the Charter?" is not answered by the one that does), the places it is set in
        ("when did they arrive in Helsinki?": Helsinki in the paragraph, or in the headline that sets
        the story there or is about it: "Chinese film week opens in Almaty", "Bakhty border crossing
        closed for repairs") and the means ("by air")."""
        if negated and not _NEGATION.search(self.library.sentences[sid].text):
            return False
        title = self.library.passages[self.library.sentences[sid].passage].title
        words = set(terms(f"{self._paragraph(sid)} {self._list_intro(sid)}"))  # a list's item is set where its list is
        if not places or places <= words | _places(title):
            return True
        # A headline about the place sets the story there too (a country in it does not), unless the
        # paragraph names another of its kind: "Al-Farabi Kazakh National University" is not "Beijing
        # Foreign Studies University".
        # So does the story's first sentence: "Residents of Kokpek, a village in the Almaty region, say ..."
        lead = self._lead(self.library.passages[self.library.sentences[sid].passage].doc_id)
        return places <= (set(terms(title)) - country_terms(title)) | (set(terms(lead)) - country_terms(lead)) and not places & words

    def _paragraph(self, sid: int) -> str:
        """The sentence's paragraph in its article (a short paragraph may share a passage with the
        next; a long one is cut into several passages)."""
        sent = self.library.sentences[sid]
        passage = self.library.passages[sent.passage]
        text = self.library.article_text(passage.doc_id)
        at, end = passage.start + sent.start, passage.start + sent.end
        if text[at:end] != sent.text:  # not cut from this text: the passage is all there is
            text, at, end = passage.text, sent.start, sent.end
        start = text.rfind("\n\n", 0, at) + 1
        return text[start : text.find("\n\n", end) % (len(text) + 1)].strip()

    def _speaker(self, sid: int) -> str:
        """For a sentence inside a quotation, the names and offices its paragraph writes outside the
        quotes ("..." said Song Tao; "the Ambassador ... stressed: ..."): what a reader knows of who
        speaks. "What did Song Tao say about Kazakhstan?" is answered by what he said. For a sentence
        opening with "It", the headline: what the story, and so "It", is about; with "He", the person
        named before; with "Its" or "of them", what the sentence before opens on ("The dry port at Khorgos, run ...")."""
        if sid not in self._speakers:
            lib = self.library
            text = self._speaker_text(sid)
            before = self._before(sid)
            if _IT_OPENS.match(lib.sentences[sid].text):  # "It was opened in 2015.": the story's subject,
                # or what the sentence before brings in ("... a Kazakh cultural centre will open. It will host ...")
                introduced = " ".join(m.group(1) for m in _INTRODUCED.finditer(before))
                self._speakers[sid] = f"{lib.passages[lib.sentences[sid].passage].title} {introduced}"
            elif _refers_back(lib.sentences[sid].text) and before:
                self._speakers[sid] = before
            elif _ITS.search(lib.sentences[sid].text) and before:
                subject = _OPENING_PHRASE.match(before)
                self._speakers[sid] = subject.group(0) if subject else ""
            elif _HE.match(lib.sentences[sid].text):  # "He invited Chinese companies ...": the one named before
                self._speakers[sid] = " ".join(self._named_before(sid))
            elif intro := self._list_intro(sid):  # "2. Clothing and footwear – 1.8 billion dollars"
                self._speakers[sid] = intro
            elif text == lib.sentences[sid].text:
                self._speakers[sid] = ""
            else:
                outside = _outside_quotes(text)
                # "..., the President said.": and the name the article writes with that office
                said = [t for t in terms(outside) if t in lib.name_terms or t in ROLES] + sorted(self._office_speakers(sid))
                self._speakers[sid] = " ".join(said)
        return self._speakers[sid]

    def _misses(self, question: Question, sid: int) -> bool:
        """The sentence lacks what a count or a date must be of: a figure or an ordinal the question gives
        ("the 87 kg category", "the first wind farm") and the year it gives ("how many
        took part in the 2019 Olympiad?" is not answered by this year's count; in the paragraph or
        the article's date, or the headline: "... trains cross Kazakhstan in 2022" frames its story),
        or the words of what it counts ("how many bronze medals?" is not
        answered by "two gold medals and one silver")."""
        paragraph = self._paragraph(sid)
        if not all(claims.figure_written(n, paragraph) for n in question.figures):
            return True  # "who won the 87 kg category?" is not answered by the 77 kg one
        passage = self.library.passages[self.library.sentences[sid].passage]
        if any(
            noun not in STOPWORDS and not re.search(rf"\b{nth}\b", paragraph, re.IGNORECASE)
            # "... to build a second line of the pipeline" in its lead
            and not re.search(rf"\b{nth} {noun}", fold(self._opening(passage.doc_id)))
            for noun, nth in question.ordinals
        ):
            return True  # "the first Zhanatas wind farm": an article that never says "first" is on another
        text = self.library.sentences[sid].text
        origin = _FROM_COUNTRY.search(question.text)
        if origin and (country := country_of(origin.group(1))) and not _comes_from(country, question.counted, text):
            return True  # "how many of its students are from Kazakhstan?" is not answered by how many students it has
        if origin and not country_of(origin.group(1)) and not re.search(
            rf"\bfrom (?:the )?{re.escape(origin.group(1))}\b|\b{re.escape(origin.group(1))}(?:'s|’s)? (?!office|branch)[a-z]", text
        ):
            return True  # "how many of the children were from Almaty?" is not answered by "the foundation's Almaty office"
        if (
            _FUTURE.search(question.text) and question.predicate and _done_before(question.predicate, text) and not _FUTURE.search(text)
            and not _done_before(question.predicate, question.text)  # "how much will a Tiggo assembled in Kostanay cost?"
        ):
            return True  # "who will open the next forum?" - "The forum was opened by ..."
        if _other_currency(question.text, text):
            return True  # "what share was paid in dollars?" is not answered by payments in yuan and tenge
        if question.kind != "organisation" and _other_group(_groups(question.text), text):
            return True  # "how many Chinese citizens visited Kazakhstan?" is not answered by Kazakh citizens visiting China
        if any(y not in paragraph and y != (passage.date or "")[:4] and y not in passage.title for y in question.years):
            return True  # "who scored in 2004?": of a year the paragraph, the article's date or headline gives
        if (prize := _PRIZE_OF.search(question.text)) and not all(
            paraphrase.present(t, set(terms(text))) for t in terms(prize.group(1)) if t not in STOPWORDS and not country_of(t) and t not in claims.ORDINALS
        ):
            return True  # "who won the table tennis gold?" is not answered by how many golds the athletes won
        if question.kind not in SPAN_KINDS:
            return False
        if _NOW.search(question.text) and _PAST.search(text) and not _NOW.search(text):
            return True  # "how many students study there now?" is not answered by "before the pandemic, 14,000 ..."
        words = set(terms(text))
        if _ITS.search(text):  # "Eighteen of them ...": of "The 55 projects" the sentence before opens on
            words |= set(terms(self._speaker(sid)))
        if _BARE_COUNT.match(text):  # "Snow leopards live in ... Fewer than 200 are thought to live in Kazakhstan."
            words |= set(terms(self._before(sid) or self._recent(sid)))  # (or the paragraph before's: "Only four have been granted")
        if question.event and not paraphrase.present(question.event, words):
            return True  # "when did construction begin?" is not answered by when the farm began sending power
        # what is counted is written in the sentence ("how many Kazakh students ...?" is not answered by
        # "three causes"), and next to the number when no country qualifies it (Question.counted)
        unwritten = question.count_noun is not None and question.count_noun not in words
        # "how much clothing did they import?" is not answered by all goods imported; an amount in tonnes
        # of nothing named ("the two crossings handled 24.8 million tonnes") may be of what is asked
        weighed = re.search(rf"\b{QUANTITY_UNIT}(?! of\b)", text)
        if question.measured and not all(paraphrase.present(t, words) for t in question.measured) and not weighed:
            return True
        if question.predicate in _COSTING and (priced_thing := _priced(question.text) or question.focus - _COSTING):
            # what the sentence prices is named in it, just before it, or (for "It", "The project") is the story's subject
            named = words | set(terms(self._speaker(sid)))
            if re.match(r"(?:It|They|This|These)\b", text) or _THE_DEED_OPENS.match(text):  # "It is expected to cost ..."
                named |= set(terms(f"{self._before(sid)} {passage.title} {self._lead(passage.doc_id)}"))
            free = FREE.search(text) and ADMISSION.search(fold(question.text))  # "will play free of charge": the tickets' price
            if not free and not any(paraphrase.present(t, named) for t in priced_thing):
                return True  # "how much does the electricity cost?" is not answered by what the wind farm cost
        return question.kind == "number" and (unwritten or not all(paraphrase.present(t, words) for t in question.counted))

    def _tells_deed(self, question: Question, sid: int) -> bool:
        """The sentence tells of what the question asks was done (Question.predicate), in its words or
        as news writes it."""
        text, deed = self.library.sentences[sid].text, question.predicate
        if deed == "live":  # "how many Kazakh citizens live in China?": residents, not those helped home ("continue" is no "live")
            return bool(_LIVING.search(f"{text} {self._list_intro(sid)}"))
        return bool(
            paraphrase.present(deed, set(terms(f"{text} {self._list_intro(sid)} {_implied(text)}", keep_stopwords=True)))
            or (deed in _SPEAKING and _SAID_BY.search(text))
            or (deed in _COSTING and priced(text))  # "built ... for 40 million US dollars"
            or (deed in _WINNING and (_AWARDED.search(text) or _FINISHED_WITH.search(text)))
            or (deed in RECEIVING and GIVEN_TO.search(text))  # "who received them?": "handed over ... to X"
            or (deed == "becom" and _BECAME.search(text))  # "when did he become vice premier?": "was appointed ..."
            or bool(question.kind == "place" and _sited(question.text, text))  # "where will the plant be built?": "a plant in Pavlodar"
            # "how many Chinese students study at ...?": "The number of Chinese students at Kazakh universities has reached 2,400"
            or (question.kind == "number" and question.counted and any(
                question.counted <= set(terms(m.group(1))) for m in re.finditer(r"\b[Tt]he number of ((?:[\w\-]+ ){0,6})", text)
            ))
        )

    def _list_opening(self, sid: int) -> int | None:
        """For an item of a list ("2. Clothing and footwear – 1.8 billion dollars"), the sentence ending
        in a colon that opens the list ("The five largest groups were:")."""
        lib = self.library
        if not _LIST_ITEM.match(lib.sentences[sid].text):
            return None
        doc = lib.passages[lib.sentences[sid].passage].doc_id
        for back in range(sid - 1, max(sid - LIST_LOOKBACK, -1), -1):
            if lib.passages[lib.sentences[back].passage].doc_id != doc:
                return None
            if lib.sentences[back].text.rstrip().endswith(":"):
                return back
        return None

    def _list_intro(self, sid: int) -> str:
        """What a list's item is of: the sentence opening the list and the one before it ("Kazakhstan
        imported goods worth 8.2 billion dollars from China in 2022 ... The five largest groups were:")."""
        opening = self._list_opening(sid)
        return "" if opening is None else f"{self._before(opening)} {self.library.sentences[opening].text}".strip()

    def _recent(self, sid: int) -> str:
        """The sentences of the article just before this one (RECENT_SENTENCES of them)."""
        lib = self.library
        doc = lib.passages[lib.sentences[sid].passage].doc_id
        back = [s for s in range(max(sid - RECENT_SENTENCES, 0), sid) if lib.passages[lib.sentences[s].passage].doc_id == doc]
        return " ".join(lib.sentences[s].text for s in back)

    def _after(self, sid: int) -> int | None:
        """The next sentence of the same article, if any."""
        lib = self.library
        nxt = sid + 1
        same = nxt < len(lib.sentences) and lib.passages[lib.sentences[nxt].passage].doc_id == lib.passages[lib.sentences[sid].passage].doc_id
        return nxt if same else None

    def _before(self, sid: int) -> str:
        """The sentence before, when it is in the same passage ("" otherwise)."""
        lib = self.library
        return lib.sentences[sid - 1].text if sid and lib.sentences[sid - 1].passage == lib.sentences[sid].passage else ""

    def _opening(self, doc: str) -> str:
        """The article's headline and first passage: what the story is about."""
        first = self.library.passages[self.library.doc_passages(doc)[0]]
        return f"{first.title} {first.text}"

    def _lead(self, doc: str) -> str:
        """The article's headline and first sentence: what the story is on (not what it names in passing);
        asked for every candidate sentence, so read once per article."""
        if doc not in self._leads:
            first = self.library.doc_passages(doc)[0]
            title = self.library.passages[first].title
            opening = (self.library.sentences[s].text for s in self.library.by_passage[first])
            self._leads[doc] = f"{title} {next((t for t in opening if fold(t) != fold(title)), '')}"
        return self._leads[doc]

    def _names_any(self, question: Question, text: str) -> bool:
        """The sentence names one of the question's names (holding.name_written); a country counts by
        its demonym too ("how much did China invest?" - "Chinese investment of 45 million US dollars")."""
        words = set(terms(text))
        if any(name_written(self.library, name, words) for name in question.name_groups):
            return True
        # a country stands in only for a question naming nothing else but who says it: "How many
        # Chinese tourists visited Astana?" is not answered by how many visited Kazakhstan
        speaker = _ACCORDING_TO.search(question.text)
        named = [g for g in question.name_groups if not (speaker and set(g) <= set(terms(speaker.group(1))))]
        return not named and bool(set(asked_countries(question.text)) & named_countries(text))

    def _said_by_office_of(self, question: Question, sid: int) -> bool:
        """Quoted words credited to an office ("..., the President said.") that the article writes
        with one of the question's names ("President of Kazakhstan Kassym-Jomart Tokayev")."""
        holders = self._office_speakers(sid)
        return any(set(g) & holders for g in question.name_groups)

    def _office_speakers(self, sid: int) -> set[str]:
        """For quoted words credited to an office ("..., the President said."), the name terms of the
        people the article writes with that office."""
        if sid in self._office_speakers_of:  # asked for every candidate sentence of every question
            return self._office_speakers_of[sid]
        text = self._speaker_text(sid)
        offices = set(terms(_outside_quotes(text))) & ROLES if text != self.library.sentences[sid].text else set()
        lib = self.library
        doc = lib.passages[lib.sentences[sid].passage].doc_id
        self._office_speakers_of[sid] = {
            t for s in (s for p in lib.doc_passages(doc) for s in lib.by_passage[p])
            for person in people(lib.sentences[s].text) if offices & set(terms(person.title)) for t in terms(person.name)
        } if offices else set()
        return self._office_speakers_of[sid]

    def _called_short(self, question: Question, sid: int) -> bool:
        """The sentence calls one of the question's bodies by its last word ("Committee chairwoman
        Dana Nurlanova said ...", "the committee") in an article that writes it whole ("the Tourism
        Industry Committee reported") and no other name with that word ("Bank of China")."""
        lib = self.library
        bodies = [g for g in question.name_groups if len(g) > 1 and not set(g) & lib.all_people]
        if not bodies:  # most questions: this is asked for every candidate sentence
            return False
        sent = lib.sentences[sid]
        words = re.findall(r"[\w’'\-]+", sent.text)
        doc = lib.passages[sent.passage].doc_id
        text = lib.article_text(doc)
        at = lib.passages[sent.passage].start + sent.start
        at = at if text[at : at + len(sent.text)] == sent.text else len(text)
        names = self._names(doc)
        for group in bodies:
            # "Lanzhou University of Technology": university; "Almaty Fruit Export, a company ...": company
            head = next((t for t in group if t in _BODY_TERMS), (names.get(group) or (0, ""))[1] or group[-1])
            alone = any(
                terms(w) == [head] and (i == 0 or not words[i - 1][:1].isupper() or words[i - 1] in ("The", "Its"))
                for i, w in enumerate(words)
            )
            # no other name written before has it for its head: "the bank" of a story naming the
            # Development Bank of Kazakhstan and China Development Bank is either
            same = {n for n, (first, kind) in names.items() if (head in n or kind == head) and len(n) > 1 and first < at}
            # "the Grain Union of Kazakhstan" is the Grain Union asked about
            same = {group if tuple(t for t in n if not country_of(t)) == group else n for n in same}
            if alone and same == {group}:
                return True
        return False

    def _names(self, doc: str) -> dict[tuple[str, ...], tuple[int, str]]:
        """Each name the article writes (its terms) -> where it first writes it, and the kind of body
        it says the name is ("Almaty Fruit Export, a company ..." -> "company"; "" when it does not)."""
        if doc not in self._names_of:
            text = self.library.article_text(doc)
            found: dict[tuple[str, ...], tuple[int, str]] = {}
            for n in claims.names(text):
                if (t := tuple(terms(n))) and t not in found and (first := text.find(n)) >= 0:
                    given = _KIND_GIVEN.match(text, first + len(n)) or _KIND_AFTER.match(text, first + len(n))
                    found[t] = (first, terms(given.group(1))[0] if given else "")
            self._names_of[doc] = found
        return self._names_of[doc]

    def _kinds_called(self, question: Question, doc: str) -> frozenset[str]:
        """The kinds of body the article says the question's names are: "the company's director" is
        Almaty Fruit Export's when the story calls it a company."""
        names = self._names(doc)
        return frozenset(kind for g in question.name_groups if (kind := (names.get(g) or (0, ""))[1]))

    def _names_every(self, question: Question, text: str) -> bool:
        """The text names every name the question gives: a story on the Almaty–Urumqi train is no
        story on an Astana–Urumqi one."""
        words, countries, asked = set(terms(text)), country_terms(question.text), set(asked_countries(question.text))
        return (
            bool(question.name_groups or asked)
            and asked <= named_countries(text)  # "Kazakh" by "Kazakhstan"
            and all(name_written(self.library, name, words) or set(name) <= countries for name in question.name_groups)
        )

    def _named_earlier(self, question: Question, sid: int) -> int | None:
        """"Which summit ...?" answered by "... to attend the Summit ...": the earlier sentence of the
        article that names it ("... his participation in G20 Summit in Hangzhou")."""
        lib = self.library
        text = lib.sentences[sid].text
        bare = [m.group(1) for m in re.finditer(r"\b[Tt]he ([A-Za-z]+)\b", text) if terms(m.group(1)) == [question.asked]]
        named = re.compile(rf"\b(?!The\b)[A-Z0-9][\w\-]* {re.escape(bare[0])}\b", re.IGNORECASE) if bare else None
        if named is None or named.search(text):
            return None  # not written "the Summit", or named in the sentence itself
        doc = lib.passages[lib.sentences[sid].passage].doc_id
        for earlier in range(sid - 1, max(-1, sid - 1 - LEAD_LOOKBACK), -1):
            if lib.passages[lib.sentences[earlier].passage].doc_id != doc:
                break
            if named.search(lib.sentences[earlier].text):
                return earlier
        return None

    def _quotes(self, talkers: list[tuple[str, ...]], sid: int) -> bool:
        """The sentence is the words of one of `talkers`: "... ,” said Song Tao." (not "X and Song Tao agreed")."""
        outside = _outside_quotes(self._speaker_text(sid))
        speakers = _said_by(outside)
        return any(set(g) & (speakers or self._office_speakers(sid)) for g in talkers)

    def _someone_else(self, question: Question, sid: int) -> bool:
        """The sentence names another person where the question names one: "What did Tokayev and
        Xi Jinping discuss?" is not answered by what Tokayev and Wang Huning discussed (the other
        written as a person: with an office or a country). A sentence that refers back ("he", "the
        sides") may be about the one it does not name."""
        lib = self.library
        asked = [g for g in question.name_groups if set(g) & lib.all_people]
        if not asked or question.aggregate:
            return False
        text = self._speaker_text(sid)
        words = set(terms(text))
        saying = _SAYING.search(question.text)
        talkers = [g for g in asked if saying and set(g) & set(terms(saying.group(1)))]
        if talkers:  # "what did Xi Jinping say ...?": said by him, not of him
            if interviewee := self._answered_by(sid):  # an interview's answer is the interviewee's
                return not any(set(g) & set(terms(interviewee)) for g in talkers)
            sentence = lib.sentences[sid].text
            quoting = _said_by(sentence)
            if any(set(g) & quoting for g in talkers):
                return False  # "... President Xi said, ‘When China does well ...’" inside the President's words
            outside = _outside_quotes(text)
            speakers = _said_by(outside) & lib.all_people
            if speakers and not any(set(g) & speakers for g in talkers):
                return True
            if not _SPOKEN.search(text):
                return True  # "Zhang Xiao gave an interview ahead of the visit of President Xi Jinping"
            if not speakers and _HE.match(sentence) and (named := set(self._named_before(sid))) and not any(named & set(g) for g in talkers):
                return True  # "He also expressed gratitude for Tokayev’s address": he is the one named before
            if not speakers and all(_possessive_only(g, sentence) for g in talkers):
                return True  # "Wang expressed his admiration for ... during Tokayev’s tenure": of him
            # "the ambassador said it would be Xi Jinping's first trip": an office speaks of him
            sentence_words = set(terms(lib.sentences[sid].text))
            if _OFFICE_SAID.search(outside) and not speakers and any(person_written(g, sentence_words) for g in talkers):
                return True
        if all(person_written(g, words) for g in asked):
            return False
        if _HE.match(lib.sentences[sid].text):  # "He added that ...": whoever the article named last
            named = set(self._named_before(sid))
            return bool(named) and not any(named & set(g) for g in asked)
        if _ANAPHOR.search(text):
            return False
        # "what Scottish philosophers ...?": Scottish people are what is asked, nobody else
        wanted = _asked_groups(question.text)
        return any((p.title or p.country) and p.country not in wanted and not set(terms(p.name)) & question.all_terms for p in people(text))

    def _other_actors(self, question: Question, sid: int) -> bool:
        """The question names its actors by office ("what did the legislators want to intensify?") and
        neither the sentence nor any office its article writes with a person is that one: "the
        parties agreed ..." in an article on an ambassador and a party official is not about legislators."""
        if question.kind in ("person", "title"):
            return False  # there the office is the answer's (question.role)
        offices = question.offices
        if not offices:
            return False
        words = set(terms(self._speaker_text(sid)))
        doc = self.library.passages[self.library.sentences[sid].passage].doc_id
        held = words | self.library.doc_offices(doc)
        return not any(paraphrase.present(t, held) for t in offices)

    def _named_before(self, sid: int) -> tuple[str, ...]:
        """The terms of the person an earlier sentence of the article names first (outside
        quotations): whom "He" at the start of this one stands for ("Olzhas Bektenov")."""
        lib = self.library
        doc = lib.passages[lib.sentences[sid].passage].doc_id
        for earlier in range(sid - 1, max(-1, sid - 1 - PRONOUN_LOOKBACK), -1):
            if lib.passages[lib.sentences[earlier].passage].doc_id != doc:
                break
            outside = _outside_quotes(lib.sentences[earlier].text)
            words = terms(outside)
            first = next((i for i, t in enumerate(words) if t in lib.all_people), None)
            if first is not None:
                return tuple(itertools.takewhile(lambda t: t in lib.all_people, words[first:]))
        return ()

    def _typed(self, question: Question, sid: int) -> tuple[bool, list[str], int | None]:
        if self._someone_else(question, sid) or self._other_actors(question, sid):
            return False, [], None
        text = self.library.sentences[sid].text
        if _not_given(question, text):
            return False, [], None
        # the first item of a list of "the five largest groups" is the largest
        first_of = self._list_intro(sid) if re.match(r"1[.)]\s", text) else ""
        if _runner_up(question.text, f"{first_of} {text}"):
            return False, [], None  # "the largest export?" is not answered by "the second largest buyer"
        intro = self._list_intro(sid)
        if (numbered := re.match(r"(\d{1,2})[.)]\s", text)) and (rank := _rank_asked(question.text, intro)):
            if int(numbered.group(1)) != rank:
                return False, [], None  # "the second largest project?": item 2 of a list of the largest
        elif (nth := _NTH_SUPERLATIVE.search(question.text)) and not re.search(rf"\b{nth.group(1)}\b", f"{text} {intro}", re.IGNORECASE):
            return False, [], None  # "the second largest project?" is answered where a ranking is written
        if question.years and question.kind not in SPAN_KINDS and _other_years(question.text, text):
            return False, [], None  # "what stadium was built in 1920?" is not answered by "In 1903, Harvard Stadium ..."
        # an interview's answer to "Q: Why did you choose China?" is a reason, whatever its words
        asking = "" if (asked_by := self._question_answered(sid)) is None else _ASKING.sub("", self.library.sentences[asked_by].text)
        if question.kind == "other" and _WHY.match(fold(question.text)) and (
            not (_REASON.search(text) or _WHY.match(fold(asking)))
            or sum(not paraphrase.present(t, set(terms(f"{text} {asking}"))) for t in question.focus) > 1
        ):
            return False, [], None  # "why did Kazakhstan repay the loan early?": a reason for that, not for taking it
        if question.kind == "other":  # (a list's item is told with the list's opening: "the largest projects: 1. ...")
            earlier = self._named_earlier(question, sid) if question.asked else None
            return True, [], self._list_opening(sid) if earlier is None else earlier
        lib = self.library
        text = lib.sentences[sid].text
        about = question.kind in SPAN_KINDS or (question.kind == "person" and not question.aggregate)
        # a question naming only countries may name them anywhere in the article ("... for Kazakhstan?"
        # - "signed by Foreign Minister Murat Nurtleu and Chinese Foreign Minister Wang Yi")
        doc = lib.passages[lib.sentences[sid].passage].doc_id
        it_before = False  # "It ..." is what the sentence before names (and only that names the question's names)
        if question.country and not question.name_groups:
            names_it = set(asked_countries(question.text)) <= lib.doc_countries(doc)
        else:
            # "The reconstruction cost ..." is of the Bakhty checkpoint when the story is about it
            described = (
                _described(question.text, text, question.predicate)
                or _IT_OPENS.match(text)  # "It competed with 13 other films": the story's subject
                or _refers_back(text)  # "The investment will cost ...": of the story's subject
                # "The meeting was attended by ..." for "who attended the meeting of ...?": the story's event
                or ((event := _THE_EVENT.match(text)) and re.search(rf"\bthe {event.group(1)}\b", question.text, re.IGNORECASE))
            ) and self._names_every(question, self._opening(doc)) and _whole(question.text, self._lead(doc))
            # "... the modernisation of the Pavlodar oil refinery. ... The refinery, which processes ...":
            # the one the sentences just before name
            described = described or bool(
                _described(question.text, text, question.predicate) and self._names_every(question, recent := self._recent(sid))
                and not _another_of_kind(question, recent)
            )
            # "the country", "the team": a country the story opens with ("Kazakh wrestler wins gold")
            asked = asked_countries(question.text)
            described = described or bool(asked and _THE_COUNTRY.search(text) and asked[0] in named_countries(self._opening(doc)))
            names_it = self._names_any(question, self._speaker_text(sid)) or described
            # "... the first deputy chairman of the party Maulen Ashimbayev": the party its paragraph names
            names_it = names_it or bool(_THE_BODY.search(text) and self._names_any(question, self._paragraph(sid)))
            names_it = names_it or self._said_by_office_of(question, sid) or self._called_short(question, sid)
            # "His supervisor, Professor Li Guoqiang, ...": of the one named before
            # "Its director, Bolat Zhaksylykov, ...": of what the sentence before opens on
            names_it = names_it or bool((_HE.match(text) or _ITS.match(text)) and self._names_any(question, self._speaker(sid)))
            # '... the film "The Composer" will be released in September. It was directed by ...'
            it_before = not names_it and bool(_IT_OPENS.match(text) and (before := self._before(sid)) and self._names_every(question, before))
            names_it = names_it or it_before
            names_it = names_it or bool((intro := self._list_intro(sid)) and self._names_any(question, intro))
            # "the vice premier": one the article writes with that office ("Ding Xuexiang, for his part, ...")
            names_it = names_it or bool(question.by and {t for n in self._holders(doc, question.by) for t in terms(n)} & set(terms(text)))
            # "the waiting time for trucks is expected to fall ..." in a story that opens on Bakhty:
            # every other word of the question is there, and the story is on what it names
            words = set(terms(text))
            names_it = names_it or bool(
                question.kind in SPAN_KINDS and question.focus and all(paraphrase.present(t, words) for t in question.focus)
                and self._names_every(question, self._lead(doc)) and _whole(question.text, self._lead(doc))
            )
            # "a Chinese work visa" in a story headed "How to get a Chinese work visa": its country is the
            # story's, unless the sentence names another ("China's head coach" for the Kazakh team's)
            names_it = names_it or bool(
                {t for g in question.name_groups for t in g} <= country_terms(question.text)
                and set(asked) <= set(named_countries(self._lead(doc)))
                and not set(named_countries(text)) - set(asked)
            )
        if about and question.entities and not names_it:
            # a date, number or person of something else: "the Kazakh President's visit"; "who
            # invited Nazarbayev?" is not answered by whom Nuryshev invited to another event (lists
            # take their people from each article's opening)
            return False, [], None
        if question.predicate and not self._tells_deed(question, sid):
            return False, [], None  # "who won the election?" is not answered by who prepared for it
        if self._misses(question, sid):
            return False, [], None
        found = [f for f in self._candidates(question, sid) if not _of_other_rank(f, text, question.ordinals)]
        if question.kind == "place" and (sited := _sited(question.text, text)):
            found = [f for f in found if f in sited]  # "a railway line at Bakhty, a coal gasification plant in Pavlodar"
        if question.kind == "place" and (groups := _groups(question.text)):
            # "a Kazakh cultural centre in Beijing" is not where the Chinese one is
            found = [f for f in found if not _other_group(groups, " ".join(text[: text.find(f)].split()[-6:]))]
        if question.kind in SPAN_KINDS:
            # "It was built ... for 40 million US dollars": of the story's subject, when that is what is asked
            subject = bool(re.match(r"\d{1,2}[.)]\s", text)) or (_IT_OPENS.match(text) or _refers_back(text)) and any(  # (a list's item: its figure is its own)
                paraphrase.present(t, set(terms(self._speaker(sid)))) for t in question.all_terms
            )
            attached_here = [f for f in found if attached(f, text, question)]
            if subject and not attached_here and found and _refers_back(text) and sid:
                return True, found, sid - 1  # "The whole procedure takes ...": told with the sentence it refers to
            found = [f for f in found if subject or f in attached_here]
        if found:  # "It was directed by X": told with what "It" is; a list's item with what the list is of
            return True, found, sid - 1 if it_before else self._list_opening(sid)
        if question.kind in ("person", "organisation") and _INDEFINITE_OPENS.match(text) and (after := self._after(sid)) is not None:
            # "A dairy in the Mangystau region has begun exporting ... The Aktau-based firm Shubat Plus
            # sent ...": the one the sentence brings in, named by the next
            named = [f for f in self._candidates(question, after) if re.match(rf"The (?:[\w\-]+ ){{0,3}}?[a-z]+,? {re.escape(f)}\b", lib.sentences[after].text)]
            if named:
                return True, named, after
        if (question.kind == "person" or (question.kind == "name" and not question.named)) and _ANAPHOR.search(text):
            # "the Kazakh diplomat briefed him": the name is in an earlier sentence of the article
            # ("Those who want to work will still need a visa" refers to no one named).
            doc = lib.passages[lib.sentences[sid].passage].doc_id
            for earlier in range(sid - 1, max(-1, sid - 1 - LEAD_LOOKBACK), -1):
                if lib.passages[lib.sentences[earlier].passage].doc_id != doc:
                    break
                found = self._candidates(question, earlier)
                if found:
                    return True, found, earlier
        return False, [], None


def _said_by(text: str) -> set[str]:
    """Terms of the names credited with words in `text` ("... Zhang Xiao said", "said Song Tao")."""
    return {t for m in _SAID_BY.finditer(text) for t in terms(m.group(1) or m.group(2))}


def _possessive_only(name: tuple[str, ...], sentence: str) -> bool:
    """The name is written in the sentence, and only as an owner ("Tokayev’s tenure")."""
    words = re.findall(r"[\w\-]+(?:’s|'s)?", sentence)
    written = [w for w in words if set(terms(re.sub(r"(?:’s|'s)$", "", w))) & set(name)]
    return bool(written) and all(w.endswith(("’s", "'s")) for w in written)


def _outside_quotes(text: str) -> str:
    """`text` with its quotations blanked: who speaks is written outside them. A sentence that
    starts inside a quotation ('I studied ten hours a day," Omarov told ...') has it blanked up to
    where it closes."""
    straight, close = text.find('"'), text.find("”")
    if text.count('"') % 2 and straight > 0 and not text[straight - 1].isspace() and text[straight - 1] not in ":(":
        text = " " + text[straight + 1 :]
    elif close >= 0 and (text.find("“") < 0 or close < text.find("“")):
        text = " " + text[close + 1 :]
    return re.sub(r'“[^”]*(?:”|$)|"[^"]*(?:"|$)', " ", text)


@lru_cache(maxsize=20_000)  # asked several times for every candidate sentence
def _refers_back(sentence: str) -> bool:
    """The sentence opens on a plain noun and names nothing: "The whole procedure takes about six hours."."""
    return bool(_THE_DEED_OPENS.match(sentence)) and not claims.names(sentence[4:])


_SUPERLATIVE = re.compile(r"\b(?:(?:larg|bigg|high|low|great|small|strong|fast|old|new|rich|poor|clos)est)\b", re.IGNORECASE)
_FIRST = ("largest", "biggest", "greatest", "main", "top", "leading", "principal", "chief")  # "the largest" / "the main"
_WHY = re.compile(r"^(?:and |so |but )?(?:why|for what reason|what (?:is|was) the reason)\b")
# A reason or a purpose written: "because pandas do not tolerate heat", "to care for my mother"
_REASON = re.compile(
    r"\b(?:because|due to|owing to|as a result|thanks to|in order|so that|so as|reasons?|caused by|led to|pointed to|"
    r"blamed|amid)\b|\bsince (?![\d(])|\bto (?!(?:the|a|an|its|their|his|her|this|that|these|those|be|about|some)\b)[a-z]{3,}\b"
)


_SAME_CURRENCY = {"usd": "dollar", "kzt": "tenge", "rmb": "yuan", "renminbi": "yuan", "eur": "euro", "rouble": "ruble"}


@lru_cache(maxsize=4096)  # the question's, asked for every candidate sentence (and each sentence's)
def _currencies(text: str) -> frozenset[str]:
    """The currencies a text writes sums in ("US dollars", "tenge"), each by one name."""
    words = (m.group(0).split()[-1].lower().removesuffix("s") for m in re.finditer(rf"\b{CURRENCY}", text))
    return frozenset({_SAME_CURRENCY.get(w, w) for w in words} - {"cent", "mark", "pound", "pence"})  # "per cent", "marks its anniversary"


def _other_currency(question: str, sentence: str) -> bool:
    """The question names a currency and the sentence gives sums in others only."""
    asked, written = _currencies(question), _currencies(sentence)
    return bool(asked and written) and not asked & written


@lru_cache(maxsize=1024)  # asked for every candidate sentence
def _asked_groups(question: str) -> frozenset[str | None]:
    """The countries a "what Scottish philosophers ...?" question asks people of."""
    return frozenset({country_of(m.group(1)) for m in _WHICH_GROUP.finditer(question)} - {None})


def _other_years(question: str, sentence: str) -> bool:
    """The sentence dates what it tells, and not in any year (or decade: "the 1970s") the question gives."""
    written = claims.YEAR_RE.findall(sentence)
    asked = [m.group(1)[:3] if m.group(0).endswith("s") else m.group(1) for m in claims.YEAR_RE.finditer(question)]
    return bool(written) and not any(year.startswith(a) for year in written for a in asked)


def _runner_up(question: str, sentence: str) -> bool:
    """The question asks for the first of a ranking ("the largest") and the sentence does not rank
    anything first: it writes no such word, or only after an ordinal ("the second largest buyer")."""
    for m in _SUPERLATIVE.finditer(question):
        if _ORDINAL_BEFORE.search(question[: m.start()]):
            continue  # "the second largest buyer" is asked for
        word = m.group(0).lower()
        alike = "|".join(_FIRST) if word in _FIRST else word
        written = list(re.finditer(rf"\b(?:{alike})\b", sentence, re.IGNORECASE))
        if all(_ORDINAL_BEFORE.search(sentence[: w.start()]) for w in written):
            return True
    return False


_NTH_SUPERLATIVE = re.compile(
    rf"\b(?:{'|'.join(claims.ORDINALS[1:])}|\d+(?:nd|rd|th))[\s\-]+((?:larg|bigg|high|low|great|small|strong|fast|old|new|rich|poor|clos)est)\b",
    re.IGNORECASE,
)  # "the second largest"


def _rank_asked(question: str, intro: str) -> int | None:
    """The place a question asks for in a ranking a list's opening gives ("the largest projects:"):
    1 for "the largest", 2 for "the second largest"; None when it asks for none of its ranking."""
    for m in _SUPERLATIVE.finditer(question):
        if re.search(rf"\b{m.group(0)}\b", intro, re.IGNORECASE):
            nth = re.search(rf"\b({'|'.join(claims.ORDINALS)})[\s\-]+$", question[: m.start()], re.IGNORECASE)
            return claims.ORDINALS.index(nth.group(1).lower()) + 1 if nth else 1
    return None


_ORDINAL_BEFORE = re.compile(rf"\b(?:{'|'.join(claims.ORDINALS[1:])}|\d+(?:nd|rd|th))[\s\-]+$", re.IGNORECASE)


def _comes_from(country: str, counted: frozenset[str], sentence: str) -> bool:
    """The sentence says the ones counted come from the country: "from Kazakhstan", "Kazakh students"
    (not "the Kazakh language department has 64 students")."""
    words = re.findall(r"[\w’'\-]+", sentence)
    for i, word in enumerate(words):
        if country_of(word) == country:
            after = {t for w in words[i + 1 : i + 3] for t in terms(w)}
            if (i and words[i - 1].lower() == "from") or after & counted or not counted:
                return True
    return False


def _not_given(question: Question, sentence: str) -> bool:
    """The sentence says that what the question asks about was not given: "The bank did not disclose
    the interest rates" answers no "what is the interest rate?" (the clause names what is asked)."""
    for clause in re.split(r"[,;]|\bbut\b", sentence):
        if _UNDISCLOSED.search(clause) and set(terms(clause)) & question.focus:
            return True
    return False


_PRICED_ASKED = re.compile(
    r"^(?:and |so )?how much (?:does|did|do|will|would|could|can|might|is|was|are|were) (?:it )?(?:the |a |an |each |one )?(.+?) (?:to )?cost\b"
)


def _priced(question: str) -> set[str]:
    """The words of what "how much does X cost?" prices, up to a preposition other than "of": "a
    ticket to the Chinese film week" prices a ticket (not the cinema the film week is in)."""
    asked = _PRICED_ASKED.match(fold(question))
    if not asked:
        return set()
    phrase = re.split(r"\b(?:to|for|in|at|from|with|on|by|during|near|assembled|built|made|bought|sold|\w+ed)\b", asked.group(1), maxsplit=1)[0]
    return set(terms(phrase)) - _COSTING - {"new"}


def _done_before(predicate: str, sentence: str) -> bool:
    """Every time the sentence writes the deed, it is written as done: "opened", "was opened"."""
    written = [m for m in re.finditer(r"[\w’'\-]+", sentence) if terms(m.group(0)) == [predicate]]
    return bool(written) and all(m.group(0).lower().endswith("ed") for m in written)


@lru_cache(maxsize=4096)  # asked for every candidate sentence, with its article's lead
def _whole(question: str, text: str) -> bool:
    """Every name of several words the question gives is written whole in `text` (a story's lead):
    "the bank" of a story on the Development Bank of Kazakhstan is no "China Development Bank", which
    the story names further down."""
    def tokens(text: str) -> list[str]:
        return re.findall(r"[a-z0-9]+", re.sub(r"'s\b", "", fold(text)))

    plain = f" {' '.join(tokens(text))} "
    return all(f" {' '.join(w)} " in plain for name in claims.names(question) if len(w := tokens(name)) > 1)


def _described(question: str, sentence: str, predicate: str | None = None) -> bool:
    """The sentence writes a thing the question names by its kind: "The dry port, which opened in
    2015, ..." for "When did the Khorgos dry port open?" (the article names it; holding.py checks)."""
    return any(pattern.search(sentence) for pattern in _kinds_named(question, predicate))


def _implied(sentence: str) -> str:
    """Words a sentence says without writing them: "X, a researcher at the Eurasian Research Institute"
    says where X works; "handed over ... to X" that X received it."""
    said = [word for word, pattern in (("work", _WORKS_AT), ("receive", GIVEN_TO), ("worth", _VALUED_AT)) if pattern.search(sentence)]
    if "work" in said and _TEACHES.search(sentence):
        said.append("teach")  # "Professor X of Fudan University": where X teaches
    return " ".join(said)


def _another_of_kind(question: Question, text: str) -> bool:
    """`text` names something of the kind the question's name is, other than it ("the Bank of China" beside
    "China Development Bank"): "the bank" could be either."""
    asked = {tuple(g) for g in question.name_groups}
    kinds = {name.split()[-1].lower() for name in claims.names(question.text) if len(name.split()) > 1}
    kinds |= {m.group(1) for name in claims.names(question.text) for m in re.finditer(re.escape(name) + r"(?: [a-z]+)? ([a-z]+)", question.text)}
    return any(
        len(n.split()) > 1 and kinds & {w.lower() for w in n.split()} and tuple(terms(n)) not in asked for n in claims.names(text)
    )


@lru_cache(maxsize=256)  # asked for every candidate sentence of a question
def _kinds_named(question: str, predicate: str | None = None) -> tuple[re.Pattern[str], ...]:
    """"the Khorgos dry port" -> a pattern for "dry port" or "port"; "the Media Forum" -> "the forum"; "the Kazakh schoolchildren
    win" -> "schoolchildren" (not the deed); "the reconstruction of Bakhty" -> "the reconstruction"."""
    patterns = []
    for name in claims.names(question):
        kind = re.search(re.escape(name) + r"((?: [a-z][\w\-]*){1,2})", question)
        words = [w for w in kind.group(1).split() if w not in STOPWORDS and terms(w) != [predicate]] if kind else []
        if words:
            patterns.append(re.compile(rf"\b(?:{re.escape(' '.join(words))}|{re.escape(words[-1])})\b", re.IGNORECASE))
        # "the China-Central Asia Media Forum" -> "the forum" (its kind, written lowercase as a common noun)
        if len(name.split()) > 1 and name.split()[-1].isalpha():
            patterns.append(re.compile(rf"\b[Tt]he {re.escape(name.split()[-1].lower())}\b"))
        # "the reconstruction of Bakhty" -> "the reconstruction"; "the match between Kazakhstan and China" -> "the match";
        # "the wind farm near Kokpek" -> "the farm"
        if of := re.search(rf"\bthe (?:[a-z][\w\-]* ){{0,2}}?([a-z][\w\-]*) (?:of|between|against|near|in|at|outside) (?:the )?{re.escape(name)}", question):
            patterns.append(re.compile(rf"\bthe {re.escape(of.group(1))}\b", re.IGNORECASE))
    return tuple(patterns)


_BY_MEANS = re.compile(
    r"\bby (air|sea|rail|road|train|truck|lorry|plane|ship|boat|car|bus|pipeline|phone|telephone|videoconference|video link|e-?mail|mail|post)\b"
)


def _means(question: str) -> set[str]:
    """Terms of the means a question asks about ("how long does it take by air?"): a sentence giving
    the time by sea does not answer it."""
    return {t for m in _BY_MEANS.finditer(fold(question)) for t in terms(m.group(1))}


# "Kazakh students", "the Chinese medical team" (an adjective may come between)
_GROUP = re.compile(r"\b([A-Z][a-z]+) (?:[a-z]+(?:al|ic|ive|ous|ary|ed) )?([a-z]+)\b")
# "The largest creditor is the Export-Import Bank of China.": what a name is, written as a definition
_NAMED_AS = re.compile(
    r"^(?:The|Its|Their) ((?:[\w’'\-]+ ){0,4}?[\w’'\-]+) (?:is|was|are|were|will be|remains|remained) (?:the |a |an )?"
    r"([A-Z][\w’'\-]*(?: (?:of |for |and |the )*[A-Z][\w’'\-]*)*)"
)
# "Aigerim Tazhibayeva, a researcher at the Eurasian Research Institute": where she works
# ... as does "Professor Zhao Huasheng of Fudan University"
_WORKS_AT = re.compile(
    r"[A-Z][\w’'\-]+, (?:(?:a|an|the) )?(?:[\w\-]+ ){0,3}?(?:at|of|with) (?:the )?[A-Z]"
    r"|\b(?:Professor|Prof\.|Dr\.?|Lecturer|Dean|Rector) [A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,2} (?:of|at) (?:the )?[A-Z]"
)
_VALUED_AT = re.compile(rf"\s[–—-]\s*(?:about |some )?(?:[$€£¥] ?)?\d[\d.,]*(?: (?:million|billion|thousand))?(?: (?:{CURRENCY}))?")  # "Wind farm – 1.1 billion dollars"
_TEACHES = re.compile(r"\b(?:[Pp]rofessor|[Ll]ecturer|[Tt]eacher|[Dd]ean|[Rr]ector)\b")
_OF_COUNTRY = re.compile(r"\bof (?:the )?([A-Z][a-z]+)\b")  # "the head coach of the Kazakh team", "the ambassador of China"
_WHICH_GROUP = re.compile(r"\b(?:[Ww]hat|[Ww]hich) ([A-Z][a-z]+) [a-z]+")  # "what Scottish philosophers"
_GROUP_FROM = re.compile(r"\b([a-z]+) from (?:the )?([A-Z][a-z]+)\b")  # "tourists from China"


@lru_cache(maxsize=4096)  # the question's, asked for every candidate sentence (read only)
def _groups(text: str) -> dict[str, str]:
    """People or things a text qualifies by country: "Kazakh students" -> {student: Kazakhstan}."""
    found: dict[str, str] = {}
    for m in _GROUP.finditer(text):
        country, noun = country_of(m.group(1)), terms(m.group(2))
        if country and noun and text[max(m.start() - 1, 0)] != "-":
            found.setdefault(noun[0], country)
    return found


def _other_group(asked: dict[str, str], sentence: str) -> bool:
    """The sentence speaks of another country's group than the question: "How many Kazakh students
    study in China?" is not answered by "2,000 Chinese students study at Kazakh universities", nor
    "how many Kazakh tourists ...?" by "tourists from China"."""
    if not asked:
        return False
    said: dict[str, set[str]] = {}
    written = [(m.group(1), m.group(2)) for m in _GROUP.finditer(sentence)] + [(m.group(2), m.group(1)) for m in _GROUP_FROM.finditer(sentence)]
    for origin, noun_word in written:
        country, noun = country_of(origin), terms(noun_word)
        if country and noun:
            said.setdefault(noun[0], set()).add(country)
    return any(noun in said and country not in said[noun] for noun, country in asked.items())


def _other_ordinal(asked: set[tuple[str, str]], sentence: str) -> bool:
    """The sentence gives another one of what the question counts (`asked`: Question.ordinals): "who won
    the fifth stage?" is not answered by "the first stage was won by ..."."""
    if not asked:
        return False
    written = {(stem(noun), nth) for noun, nth in claims.ordinals(sentence)}
    nouns = {noun for noun, _ in written}
    return any(stem(noun) in nouns and (stem(noun), nth) not in written for noun, nth in asked)


_PLACINGS = frozenset(stem(w) for w in "place prize position spot".split())


def _of_other_rank(span: str, sentence: str, asked: set[tuple[str, str]]) -> bool:
    """In a sentence giving several ranks of what the question ranks, the span is written under
    another one: "who won the bronze medals?" is not answered by "Silver medals went to A and B,
    ..., and bronze medals to three other members"."""
    written = {(stem(noun), nth) for noun, nth in claims.ordinals(sentence)}
    asked_ranks = {nth for _, nth in asked}
    nouns = {stem(n) for n, _ in asked}
    if nouns & _PLACINGS:  # "who took second place?": "The second prize went to A and the third to B"
        nouns |= _PLACINGS | {"to"}
    ranks = asked_ranks | {nth for noun, nth in written if noun in nouns}
    if len(ranks) < 2:
        return False
    rank = None
    for clause in re.split(r",\s+|\s+and\s+|;\s*", sentence):  # a rank holds until the next is written
        rank = next((m.group(0).lower() for m in re.finditer(rf"\b(?:{'|'.join(ranks)})\b", clause, re.IGNORECASE)), rank)
        if span in clause:
            return rank is not None and rank not in asked_ranks
    return False


_TRADE_WRITTEN = re.compile(
    r"\b(?:export|import|ship|sell|sold|suppl|sen[dt])\w*(?:\s+[\w.,\-]+){0,6}?\s+(?:to|from)\s+([A-Z][\w\-]*)"
)


def _traded_elsewhere(question: str, sentence: str) -> bool:
    """The sentence writes trade with another country than the one the question asks about: "how much
    wheat did Kazakhstan export to Uzbekistan?" is not answered by "exported 1.2 million tonnes of
    wheat to China ..., after Uzbekistan"."""
    asked = {country_of(m.group(1)) for m in _TRADED.finditer(question)} - {None}
    written = {country_of(m.group(1)) for m in _TRADE_WRITTEN.finditer(sentence)} - {None}
    return bool(asked and written and not asked & written)


def _places(question: str) -> set[str]:
    """Terms of the capitalised places a question sets its event in ("... arrive in Helsinki?"),
    countries aside ("the ambassador in China" may be written "to China"); the caller leaves out
    people ("in Nuryshev's talks")."""
    places = {
        t for m in _SET_IN.finditer(question)
        if not country_of(m.group(1)) and not m.group(1).endswith(("'s", "’s"))  # "in Nuryshev's talks"
        for t in terms(m.group(1))
    }
    # where goods went or came from: "how much wheat did Kazakhstan export to Vietnam?" (not "the
    # ambassador to China")
    return places | {t for m in _TRADED.finditer(question) if country_of(m.group(1)) for t in terms(m.group(1))}


_SITED_ASKED = re.compile(
    r"^(?:and |so )?where (?:will|would|is|are|was|were|has|have|had) (?:the |a |an |its |their )?((?:[\w\-]+ ){0,4}?)([a-z][\w\-]*?)s? "
    r"(?:be |been )?(?:built|located|based|situated|constructed|set up|opened|placed|sited)\W*$"
)


def _sited(question: str, sentence: str) -> list[str]:
    """Where the sentence puts the thing a "where will X be built / located?" question asks about:
    "... a coal gasification plant in Pavlodar ..." (the places written right after the thing)."""
    asked = _SITED_ASKED.match(fold(question))
    if not asked:
        return []
    kind, thing = set(terms(asked.group(1))), re.escape(asked.group(2))
    return [  # "the new coal plant" is a coal plant, not "a cement plant in Shymkent"
        m.group(2) for m in re.finditer(rf"((?:[\w\-]+ ){{0,4}}){thing}s? (?:in|at|near) (?:the )?([A-Z][\w\-’']*(?: [A-Z][\w\-’']*)*)", sentence)
        if kind - STOPWORDS <= set(terms(m.group(1))) | {"new"}
    ]


@lru_cache(maxsize=4096)
def _within_other_name(question: str, sentence: str, persons: frozenset[str]) -> bool:
    """The sentence writes a name of the question only as part of another: "Bank of China" in "The
    Industrial and Commercial Bank of China", or its words with another country's ("the National
    Bank of Kazakhstan")."""
    for name in claims.names(question):
        own = set(terms(name))
        if " " not in name or len(own) < 2 or own & persons:  # a person's name is written in many ways
            continue
        spots = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", sentence)]
        if spots:
            if all(
                # not a sentence's first word nor an office: "Economist Aidar Alibayev"
                (before := re.search(r"([A-Z][\w\-]*) $", sentence[:at])) and before.start() > 0
                and before.group(1) not in ("The", "A", "An") and not country_of(before.group(1)) and not set(terms(before.group(1))) & ROLES
                for at in spots
            ):
                return True
            continue
        countries = {t for t in own if country_of(t)}
        sharing = [set(terms(n)) for n in claims.names(sentence) if set(terms(n)) & (own - countries)]
        if countries and sharing and all({t for t in n - own if country_of(t)} for n in sharing):
            return True
    return False


def _set_elsewhere(places: set[str], sentence: str, persons: frozenset[str] | set[str]) -> bool:
    """The sentence is set in another place than the question ("How many gold medals did Kazakhstan
    win in Hangzhou?" - "At the previous Games in Jakarta in 2018, the country won 15 gold medals")."""
    words = set(terms(sentence))
    if not places or places & words:
        return False
    return any(
        not country_of(m.group(1)) and not set(terms(m.group(1))) & persons and not claims.DATE_RE.match(m.group(1))
        for m in _SET_IN.finditer(sentence)
    )


def _weight(bm25: BM25, term: str) -> float:
    """A question term's weight: its rarity in the articles; a word they never use but write another
    way ("envoy" for "ambassador") is as telling as the most common way they write it."""
    if bm25.df(term):
        return bm25.idf(term)
    seen = [bm25.idf(p[0]) for p in paraphrase.related(term) if len(p) == 1 and bm25.df(p[0])]
    return min(seen, default=bm25.idf(term))


def _listed_with(phrases: tuple[str, ...], text: str) -> bool:
    """Some phrase (or a part of it between "and"s) is followed by more of a list: "our close
    neighbor, good friend and ..." (not "a dynamic political dialogue at all levels")."""
    for part in (p for phrase in phrases for p in re.split(r",|\band\b", phrase)):
        words = [w for w in re.findall(r"[\w\-]+", part) if w.lower() not in STOPWORDS]
        if words and re.search(rf"\b{re.escape(words[-1])}\w*(?:,| and\b| as well as\b)", text, re.IGNORECASE):
            return True
    return False


def _overlap(weights: dict[str, float], text: str, paraphrases: bool = False) -> float:
    """Share of the question's term weight that `text` holds (0..1); with `paraphrases`, a related
    word ("views" for "opinions") earns part of its term's weight."""
    total = sum(weights.values())
    if not total:
        return 0.0
    words = set(terms(text))
    if paraphrases:
        return sum(w * (_any_of(t, words) if " " in t else paraphrase.present(t, words)) for t, w in weights.items()) / total
    return sum(w for t, w in weights.items() if t in words or (" " in t and _any_of(t, words))) / total


def _any_of(name: str, words: set[str]) -> float:
    """A person's name (its terms joined by spaces) is written when any of its terms is."""
    return float(any(t in words for t in name.split()))
