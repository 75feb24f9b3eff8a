"""What a question asks for: the answer type (who / when / how many ...) and its terms."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cached_property

from . import claims, paraphrase
from .people import country_of
from .terms import fold, terms

_PERSON_NOUNS = (
    "official|officials|person|people|minister|ministers|leader|leaders|diplomat|diplomats|ambassador|"
    "president|chairman|speaker|head|representative|politician|politicians|counterpart|counterparts|side|"
    "player|players|athlete|athletes|footballer|footballers|coach|coaches|wrestler|wrestlers|boxer|boxers|"
    "actor|actors|actress|actresses|singer|singers|artist|artists|writer|writers|scientist|scientists|journalist|journalists"
)
# Offices specific enough that the person answering must be described with them.
_ROLE_WORDS = (
    "chairman chairwoman chair president ambassador minister speaker premier secretary governor mayor director head "
    "chief ceo founder king queen emperor pope prince princess general commander envoy diplomat lawmaker legislator "
    "rector dean spokesman spokesperson akim editor"
).split()
ROLES = frozenset(terms(" ".join(_ROLE_WORDS)))
# Where "the chairman of X" / "the name of X" ends: a clause, a preposition of time or place, punctuation.
_OF_END = r"(?= when\b| while\b| in\b| at\b| on\b| during\b| who\b| that\b|{more}[,?.]|$)"
_COUNTED = re.compile(
    r"^(?:and |so |but )?(?:(?:to|for|from|in|with|by|at|on|of) )?how many ((?:[a-z][\w\-]* ){1,4}?)(?:did|does|do|will|would|has|have|had|is|are|was|were|can|could)\b"
)
# without an auxiliary ("how many riders took part?") the word after "how many", unless it qualifies the next
# (a hyphenated word does: "how many China-Europe trains crossed ...?")
_QUALIFIERS = frozenset("new other more different foreign local major main big small large".split())
_COUNTED_WORD = re.compile(rf"^(?:and |so |but )?(?:(?:to|for|from|in|with|by|at|on|of) )?how many (?:[a-z]+-[\w\-]+ )?(?!(?:{'|'.join(_QUALIFIERS)})\b)([a-z]+)\b")
_MEASURED = re.compile(
    r"^(?:and |so |but )?how much ((?!(?:more|less|further|longer|money|time)\b)[a-z][\w\-]*(?: (?:and )?[a-z][\w\-]*){0,3}?) "
    r"(?:did|does|do|will|would|has|have|had|is|are|was|were|can|could)\b"
)
_GENERIC_COUNTS = frozenset(terms("times people persons years months weeks days hours minutes percent number members"))
_BEHALF = re.compile(r"\b(?:for|on behalf of|represent(?:s|ed|ing)?) (?:the )?([a-z]+)\b")
_ROLE_OF = re.compile(rf"\b(?:{'|'.join(_ROLE_WORDS)})\w* of (?:the )?(.+?)" + _OF_END.format(more=""))
# "Who chaired the CPPCC before Wang Huning?": the office as a verb, and whose it is
_ROLE_VERB = re.compile(
    r"^(?:and |so )?who (?:\w+ )?(?:chair|chairs|chaired|head|heads|headed|direct|directs|directed|govern|governs|governed) "
    r"(?:the )?(.+?)(?= before\b| after\b| until\b| since\b| when\b| in\b| at\b| during\b|[,?.]|$)"
)
# "who is the Chinese ambassador", "which Kazakh official": a country word qualifying the answer itself.
_QUALIFIED = re.compile(r"^(?:and |so )?(?:who(?:'s| is| was| are| were) (?:the |a |an )?|(?:which|what) )([a-z]+)\b")
_NAME_OF = re.compile(
    r"\bnames? of (?:the |a |an |its |his |her |their )?(.+?)" + _OF_END.format(more=r" which\b| he\b| she\b| they\b|")
)
_WHOSE_NAME = re.compile(r"\b(?:the |his |her |their )?((?:[\w\-]+ ){0,3}?[\w\-]+)(?:'s|’s) names?\W*$")  # "the driver's name"
_OFFICE_WORDS = frozenset(terms("position post title job office hold held occupy occupied"))
SPAN_KINDS = ("date", "weekday", "year", "number")  # answers that are a bare span of the sentence
_EVENT_WORDS = "take place happen happened occur occurred"  # "when / where did it take place?"
_HELD = frozenset(terms("held hold"))  # "where was it held?" is all about "it"; "where was the summit held?" is not
_TIME_WORDS = frozenset(terms(f"period day week weekday date month year time {_EVENT_WORDS}"))
# Words naming the kind of answer rather than what it is about ("what is his position", "what day
# of the week", "when was the article published", "how long is it").
_KIND_WORDS = {
    "title": _OFFICE_WORDS,
    "date": _TIME_WORDS,
    "weekday": _TIME_WORDS,
    "year": _TIME_WORDS,
    "published": frozenset(terms("published dated written posted released out story report piece date")),
    "number": frozenset(terms("long old far big large powerful tall high deep heavy fast number percentage share stake amount proportion score")),
    "place": frozenset(terms(f"location venue go going head heading headed bound {_EVENT_WORDS}")),  # "where was it going?"
}
# Words that frame the question rather than say what it is about: "what does X find symbolic",
# "what form of interaction did they say they wanted".
_FRAMING = frozenset(terms("find consider think believe regard want wanted subject topic theme happen happened occur occurred"))
_SAID_ABOUT = re.compile(r"\b(?:say|said|tell|told|speak|spoke|talk|write|wrote) (?:\w+ )?(?:about|of|on|regarding) (.+?)\W*$")
_TAKE_PART = re.compile(r"\b(?:take|takes|taking|took|taken) part\b", re.IGNORECASE)
# "How long did the shooting take?": "take" only frames a duration.
_BEING_SOMEWHERE = frozenset(terms("live lives lived stay stays located locate based lie lies sit sits stand stands situated come held hold place"))
_EVENT_OF = re.compile(r"\b(?:meeting|talks|visit|conference|summit|session|negotiations) (?:of|between) (?:the )?((?:[\w\-]+ ){0,3}[\w\-]+)")
_TAKES = re.compile(r"^(?:and |so )?how long (?:did|does|do|will|would|has|have|had) .+ take(?: (?:him|her|them|you|us|me|it))?\W*$")  # "how long did it take him?"
# ... and "where will it go next?": "next" closing a question is when, not what
_FRAMING_OF = re.compile(r"\b(?:form|forms|kind|kinds|type|types|sort|sorts) of\b|\bnext(?=\W*$)")
# "Which company is building ...?": the answer is the name of a body, not a person or a country.
_ORGANISATIONS = "company|firm|corporation|organization|organisation|agency|bank|university|newspaper|institution"
# "Which Chinese companies are mentioned?": bodies, by kind and country
_BODY_WORDS = frozenset(terms(_ORGANISATIONS.replace("|", " ")))
_BODIES_ASKED = "companies|firms|corporations|banks|universities|organizations|organisations|agencies|institutions"
_PLACE_NOUNS = "city|cities|country|countries|town|towns|place|places|region|regions|capital|village|villages|venue|venues"
# Words that name the kind of answer rather than its topic ("which officials ...", "which cities ...").
ANSWER_NOUNS = frozenset(terms(" ".join(f"{_PERSON_NOUNS}|{_PLACE_NOUNS}".split("|"))))
# "What did the ambassador say ...?" asks what was said, not who: no verb between "what" and the noun.
_AUXILIARIES = r"(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should|may|might|must)\b"
# "Through which stations ...": a preposition may come before "which"
_LEADING_PREPOSITION = r"(?:in |on |at |to |for |from |with |of |by |through |via |under |during |into )?"
# "Which reforms did ...", "in what form of interaction ...": the noun the answer is an instance of.
_ASKED = re.compile(
    rf"^(?:and |so |but )?{_LEADING_PREPOSITION}(?:which|what) "
    r"(?:(?:form|kind|type|sort)s? of )?(?:(?:two|three|four|five|new|other|main|key|major|particular|specific) )*"
    r"([a-z][\w\-]*)"
)
# "Which upcoming domestic political event did ...": the last word before the verb is the noun.
_ASKED_PHRASE = re.compile(
    rf"^(?:and |so |but )?{_LEADING_PREPOSITION}(?:which|what) ((?:(?!{_AUXILIARIES})[a-z][\w\-]* ){{1,4}}){_AUXILIARIES}"
)
# "What is the interest rate on the loans?": the thing asked for is the noun before the preposition
# (not a word for a word: "what is the term for ...?")
WHAT_IS_THE = re.compile(
    r"^(?:and |so |but )?what (?:is|are|was|were) the ((?:[a-z][\w\-]* ){0,2}?(?!(?:term|name|word|phrase|expression|title)\b)[a-z][\w\-]*)"
    r"(?: (?:of|on|for|in|at|between|with|to)\b|\W*$)"
)
# "What is the budget of ...?" asks for a figure.
_QUANTITIES = "budget|cost|costs|price|value|volume|population|size|length|capacity|revenue|salary|age|total|turnover|score"
# "Where does Kazakhstan rank in the medal table?": a place in a ranking ("sixth"), not on a map.
RANK_ASKED = re.compile(r"^(?:and |so )?where (?:does|did|do|is|was|will) .+ (?:rank|ranks|ranked|finish|finished|placed|stand|stands|stood)\b|\bwhat rank\b")
_RULES: list[tuple[str, str]] = [
    (r"\b(?:article|story|report|piece)s? (?:[\w\-’'.]+ ){0,10}(?:published|dated|written|posted|released|out)\b"
     r"|\bdate of (?:the|this|that) (?:article|story|report)\b|^(?:and |so )?when (?:was|were) .+ reported\W*$", "published"),
    (r"^(?:and |so |but )?(?:in |on |at )?(?:what|which) year\b|\byear did\b", "year"),
    (r"^(?:and |so |but )?(?:for )?(?:what|which) (?:period|years|time span)\b", "date"),  # "what period does the programme cover?": "for 2024–2026"
    (r"\bday of the week\b|\bweekday\b", "weekday"),
    # "what was the winning time?" is a length of time, not a date
    (r"\bwhat (?:was|is|were) the (?:winning|finishing|travel|journey|flight|processing|waiting|record) time\b", "number"),
    (r"\bwhich days?\b|\bwhat (?:dates?|days?|month|time)\b|^(?:and |so )?when\b|\bsince when\b"
     r"|^(?:and |so |what about |how about )?(?:the |its |their )?(?:date|day)\W*$", "date"),
    # "how much importance does China attach ...?": a degree in words ("great importance"), no figure
    (r"\bhow much (?:importance|attention|interest|emphasis|significance|priority|respect|trust|support)\b", "other"),
    (r"\bhow (?:many|much|long|old|far|big|large|powerful|tall|high|deep|heavy|fast|often)\b|\bwhat (?:number|percentage|share|amount|proportion)\b"
     rf"|{RANK_ASKED.pattern}"
     rf"|\bwhat(?:'s| is| was| were| are| will be) (?:the )?(?:\w+ )?(?:{_QUANTITIES})\b"
     r"|^(?:and |so )?what (?:is|was|are|were|will be) .+ worth\W*$", "number"),  # "what were the projects worth?"
    (rf"^(?:and |so )?where\b|\b(?:which|what) (?:{_PLACE_NOUNS})\b", "place"),
    (rf"^(?:and |so )?(?:who|whom|whose)\b|\b(?:which|what) (?:(?!{_AUXILIARIES})\w+ ){{0,2}}(?:{_PERSON_NOUNS})\b", "person"),
    (r"\bwhat(?:'s| is| was) (?:\w+ ){0,3}(?:\w+(?:'s|’s)|his|her|their) (?:position|post|title|job|office)\b"
     r"|\b(?:what|which) (?:position|post|title|job|office) (?:does|did|do) .+ (?:hold|have|occupy|held|had|occupied)\b", "title"),
    (r"\bwhat(?:'s| is| was| are| were) the names?\b|\bnames? of the\b|\bwhat \w+ is called\b"
     r"|\bwhat(?:'s| is| was| are| were) (?:the |his |her |their )?(?:[\w\-]+ ){0,3}?[\w\-]+(?:'s|’s) names?\W*$", "name"),
    (rf"^(?:and |so |but )?(?:in |at |by |from |for |with |of )?(?:which|what) (?!(?:is|was|are|were|does|did|do)\b)(?:\w+ )?(?:{_ORGANISATIONS})\b"
     rf"|^(?:and )?(?:which|what) (?:\w+ )?(?:{_BODIES_ASKED})\b", "organisation"),
]
# "Who did the ambassador meet?", "which Chinese officials did Kazakh diplomats meet?": the office
# after the auxiliary is the doer's, not the answer's.
_DONE_BY = re.compile(
    r"^(?:and |so |but )?(?:(?:whom?|whose \w+) (?:did|does|do|will|would|has|have|had) (?:the|a|an|its|their|\w+'s)(?!\w)"
    rf"|(?:which|what) (?:\w+ ){{0,2}}(?:{_PERSON_NOUNS}) (?:did|does|do|will|would|has|have|had)\b)"
)
# "... did Kazakh diplomats meet?": a plural kind of people doing it, in every article.
_PLURAL_DOERS = rf"\b(?:did|do|have|had) (?:\w+ )?(?:{'|'.join(n for n in _PERSON_NOUNS.split('|') if n.endswith('s'))})\b"
_AGGREGATE = re.compile(
    _PLURAL_DOERS + r"|"
    r"\b(?:these|the|all|both|various|different|which) (?:articles|stories|reports|texts)\b|\bin (?:any|each) article\b"
    rf"|^(?:and )?(?:which|what) (?:(?!{_AUXILIARIES})\w+ ){{0,2}}(?!(?:is|was|has|does|this|kazakhstan)\b)\w{{2,}}[^\Wsiu']s\b(?! (?:is|was|does|did)\b)"
)


@dataclass(frozen=True)
class Question:
    text: str
    kind: str  # person | date | weekday | year | number | place | name | organisation | title | published | other
    aggregate: bool  # asks for every article that holds a part of the answer
    entities: frozenset[str]  # terms of the capitalised names in the question
    focus: frozenset[str]  # the other content terms (what is asked about)
    role: str | None = None  # "who was the chairman of ...": the office the answer must hold
    role_of: frozenset[str] = frozenset()  # "... of Nur Otan": whose office it is
    named: str | None = None  # "what is the name of the party school": the thing named ("school")
    country: str | None = None  # "who is the Chinese ambassador": the country the answer represents
    predicate: str | None = None  # "who won the election": what the answer must have done ("win")
    asked: str | None = None  # "which reforms ...": the noun the answer is one of ("reform")
    by: str | None = None  # "who did the ambassador meet?": the office of the one the answer is not
    side: frozenset[str] = frozenset()  # "who signed it for CNPC?": the body the answer's office is of
    event: str | None = None  # "when did construction of the farm begin?": what began ("construction")

    @property
    def all_terms(self) -> frozenset[str]:
        return self.entities | self.focus

    @cached_property  # asked for every candidate sentence
    def name_groups(self) -> list[tuple[str, ...]]:
        """The question's names as groups of terms in reading order ("Xi Jinping" -> (xi, jinping));
        countries and their demonyms aside ("Chinese" is written "China")."""
        countries = country_terms(self.text)
        entities = self.entities - countries
        groups = [
            g for n in claims.names(self.text)
            # a body's name keeps its country: "China Development Bank" is not the Development Bank of Kazakhstan
            if (g := tuple(t for t in terms(n) if t in entities or (t in countries and set(terms(n)) & _BODY_WORDS)))
        ]
        grouped = {t for g in groups for t in g}
        return groups + [(t,) for t in sorted(entities - grouped)]

    @cached_property
    def offices(self) -> frozenset[str]:
        """Terms of the offices the question names its actors by ("the legislators"; not "generally")."""
        words = {w for w in re.findall(r"[a-z]+", fold(self.text)) if w in _ROLE_WORDS or (w[-1:] == "s" and w[:-1] in _ROLE_WORDS)}
        return frozenset(t for w in words for t in terms(w)) & self.focus

    @cached_property
    def besides(self) -> tuple[str, ...]:
        """What the answer is besides ("besides a close neighbor, what did he call it?"): not the
        answer, but often listed with it."""
        return tuple(m.group(1).strip() for m in _EXCLUDED.finditer(self.text))

    @cached_property
    def about(self) -> frozenset[str]:
        """Terms of what someone is asked to have said about ("what did he say about the G20 summit?")."""
        said = _SAID_ABOUT.search(fold(self.text))
        return frozenset(terms(said.group(1))) if said else frozenset()

    @cached_property
    def years(self) -> tuple[str, ...]:
        """The years the question gives ("... in the 2019 Olympiad?")."""
        return tuple(claims.YEAR_RE.findall(self.text))

    @cached_property
    def ordinals(self) -> frozenset[tuple[str, str]]:
        """(noun, ordinal) pairs the question gives: "who won the fifth stage?" -> ("stage", "fifth")."""
        return frozenset(claims.ordinals(self.text))

    @cached_property
    def figures(self) -> tuple[str, ...]:
        """Figures in digits the question gives, years aside ("... in the 87 kg category?")."""
        return tuple(n for n in re.findall(r"(?<![\w.,])(?:\d[\d,.]*\d|\d)(?!\w)", self.text) if not claims.YEAR_RE.fullmatch(n))

    @cached_property
    def counted(self) -> frozenset[str]:
        """"How many bronze medals did ...?": the words of what is counted, each of which the evidence
        must write (countries aside, as groups qualified by country are checked on their own; generic counts too)."""
        match = _COUNTED.match(fold(self.text))
        if match:  # up to a preposition: "how many days in total ...?" counts days
            words = set(terms(re.split(r"\b(?:in|at|on|for|from|to|with|by|within|during)\b", match.group(1), maxsplit=1)[0]))
        else:
            word = _COUNTED_WORD.match(fold(self.text))
            words = set(terms(word.group(1))) if word else set()
        return frozenset(words - country_terms(self.text) - _GENERIC_COUNTS - _QUALIFIERS)

    @cached_property
    def measured(self) -> frozenset[str]:
        """"How much clothing and footwear did ...?": the words of what is measured, which the evidence
        must write ("goods worth 8.2 billion dollars" is not the clothing)."""
        match = _MEASURED.match(fold(self.text))
        return frozenset(set(terms(match.group(1))) - country_terms(self.text) - _QUALIFIERS) if match else frozenset()

    @cached_property
    def count_noun(self) -> str | None:
        """The term of the first word after "how many" that no qualifier, country or hyphenated word
        is: "how many Kazakh students", "how many China-Europe trains" -> student, train (not a
        generic count: "how many days")."""
        after = re.match(r"^(?:and |so |but )?(?:(?:to|for|from|in|with|by|at|on|of) )?how many ((?:[a-z][\w\-]* ?)*)", fold(self.text))
        words = [w for w in (after.group(1).split() if after else []) if w not in _QUALIFIERS and "-" not in w and not country_of(w)]
        noun = next(iter(terms(words[0])), None) if words else None
        return noun if noun not in _GENERIC_COUNTS else None

    @cached_property
    def cased(self) -> bool:
        """Written with capitals ("What did Tokayev say?"), so its names are its own."""
        return _cased(self.text)


def country_terms(text: str) -> set[str]:
    """Terms of the countries and demonyms in `text`."""
    words = re.findall(r"[\w’'\-]+", text)
    parts = [p for w in words if "-" in w for p in w.split("-")]  # "Kazakh-Chinese trade"
    return {t for word in words + parts if country_of(word) for t in terms(word)}


_EXCLUSION_WORDS = frozenset(terms("else apart besides aside except excluding"))
_EXCLUDED = re.compile(r"\b(?:apart from|besides|other than|except(?: for)?|aside from)\s+([^,?]+)", re.IGNORECASE)


_PASSIVE = re.compile(
    r"^(?:and |so |but )?(?:when|(?:in )?what year|how (?:many|much)\b.*?) (?:was|were|is|are|has been|have been|had been) (.+)$"
)
_PARTICIPLE = re.compile(r"^(?:\w+ed|born|built|won|chosen|sworn|shown|grown|driven|written|begun|sold|bought)$")
# Verbs that say little about what happened: "how much water does the lake get from the Ili?"
_LIGHT_VERBS = frozenset(terms("get have make take do go come bring"))  # "how many dogs did they bring?": how many they had
# Participles that say little about what happened ("when was it held / announced / reported?").
_LIGHT_PARTICIPLES = frozenset(
    "held made done given taken said called named based located reported mentioned published released issued "
    "announced organized organised scheduled planned expected used needed seen known considered".split()
)


_CLOSING_TIME_WORDS = frozenset(
    terms("year years month months week weeks day days today yesterday tomorrow now currently annually ago time times "
          "january february march april may june july august september october november december "
          "monday tuesday wednesday thursday friday saturday sunday", keep_stopwords=True)
) | {"last", "this", "next", "past", "previous", "coming", "following", "same", "per", "each", "every", "a", "an", "the"}
_DETERMINERS = frozenset("the a an this that these those it its they their he his she her we our you your".split())
# Verbs of a deed's course: "when did construction begin?" is about the construction
_PLACE_WORDS = frozenset(terms("region district province city oblast area border side county town village port station crossing airport"))
_ASPECT = frozenset(terms("begin start end finish complete resume stop"))
_PREPOSITIONS = frozenset("in on at to from with for by during since until before after of into".split())
CLOSING_PHRASE_WORDS = 4


def _deed(clause: str, name_terms: frozenset[str] | set[str]) -> str | None:
    """The last word of "did X <deed> ...", past a closing time or a place named after a preposition
    ("did Kazakhstan export to China last year" -> "export"); None when it is a name ("meet Wang Huning")."""
    words = re.findall(r"[\w’'\-]+", clause)
    while words and (words[-1].isdigit() or words[-1] in _CLOSING_TIME_WORDS or words[-1] in _PREPOSITIONS):
        words.pop()
    # "... to China last year", "... in its first year", "... at the Chinese branch": a closing phrase
    # of place or time (a short one, without a verb in it) is not the deed
    while (at := max((i for i, w in enumerate(words) if w in _PREPOSITIONS), default=0)) > 1:
        phrase = words[at + 1 :]
        verbs = [w for w in phrase if w.endswith(("ing", "ed")) and not set(terms(w)) & name_terms]  # not "Beijing"
        if not 0 < len(phrase) <= CLOSING_PHRASE_WORDS or verbs:
            break
        demonym = len(phrase) >= 2 and (country := country_of(phrase[-2])) is not None and country.lower() != phrase[-2].lower()  # "a Chinese visa"
        if len(phrase) >= 2 and set(terms(phrase[-2])) & name_terms and not demonym and not set(terms(phrase[-1])) & (name_terms | _PLACE_WORDS):
            break  # "did Chinese exports to Kazakhstan grow": the verb after the name ends it (not "in the Almaty region")
        words = words[:at]
    last = terms(words[-1]) if words else []
    return last[0] if last and last[0] not in name_terms and last[0] not in _LIGHT_VERBS else None


def _passive(lowered: str, name_terms: frozenset[str] | set[str]) -> str | None:
    """The participle after the subject of "when was X <participle> ...", unless a light one."""
    match = _PASSIVE.match(lowered)
    if not match:
        return None
    for word in re.findall(r"[a-z]+", match.group(1)):
        stems = terms(word)
        if _PARTICIPLE.match(word) and not set(stems) & name_terms:  # "the United States" is a name
            return stems[0] if stems and word not in _LIGHT_PARTICIPLES else None
    return None


def _plain_first_word(name: str, text: str, name_terms: frozenset[str]) -> bool:
    """"Together with whom ...": a question's capitalised first word that is an English word the
    articles do not write as a name."""
    if " " in name or not text.lstrip("¿“\"'(").startswith(name):
        return False
    stems = terms(name)
    return bool(stems) and paraphrase.is_word(stems[0]) and stems[0] not in name_terms and not country_of(name)


def _cased(text: str) -> bool:
    """The question capitalises some word after its first ("What did Tokayev say?")."""
    return any(w[:1].isupper() for w in re.findall(r"[\w’'\-]+", text)[1:] if w != "I")


def analyse(text: str, name_terms: frozenset[str] = frozenset()) -> Question:
    """`name_terms`: terms the corpus writes as names, so lowercase questions find their entities."""
    text = _TAKE_PART.sub("participate", text)  # "who took part?": "with the participation of ..."
    lowered = fold(text).strip()
    kind = next((k for pattern, k in _RULES if re.search(pattern, lowered)), "other")
    own = {t for n in claims.names(text) if not _plain_first_word(n, text, name_terms) for t in terms(n)}
    # A question written with capitals names its own names: "Which reforms ..." is not asking about
    # a name because the corpus often writes "Reforms" in titles.
    name_terms = own | (frozenset() if _cased(text) else name_terms)
    if kind == "organisation" and (body := re.search(rf"\b(?:which|what) (?:\w+ )?({_ORGANISATIONS}|{_BODIES_ASKED})\b", lowered)):
        name_terms -= set(terms(body.group(1)))  # "which university ...": the kind of answer, not a name
    if (kind_noun := re.search(r"^(?:and |so )?(?:which|what) ([a-z]+) (?:was|is|were|are|did|does|do|will|has|have)\b", text.strip())):
        # "which summit was he invited to": a word written lowercase after "which" is the kind of answer
        name_terms -= {t for t in terms(kind_noun.group(1)) if not country_of(t)}
    # "Apart from X, what else ...": X is what the answer is not about.
    excluded = {t for m in _EXCLUDED.finditer(text) for t in terms(m.group(1))}
    content = set(terms(text)) - excluded - _EXCLUSION_WORDS
    role, role_of, country, predicate, by, side, event = None, frozenset(), None, None, None, frozenset(), None
    identity = re.match(r"^(?:and |so )?who(?:'s| is| was) (.+?)\W*$", lowered)
    whose_office = identity and _ROLE_OF.search(identity.group(1))  # "who is the CEO of Khorgos Gateway?" asks for a person
    if kind == "person" and identity and not whose_office and (whom := set(terms(identity.group(1)))) and whom <= name_terms and not (
        identity.group(1).startswith("the ") and whom & ROLES  # "Who is the Finance Minister?" asks for a person
    ):
        kind = "title"  # "Who is Li Zhanshu?": what he is, the office written with his name
    headed = re.search(r"\b(?:does|did|do) (.+?) (?:head|lead|run|chair|direct|represent|work for|work at)\W*$", lowered)
    if kind == "organisation" and headed and set(terms(headed.group(1))) & name_terms:
        kind = "title"  # "Which Chinese agency does Ying Yong head?": the office written with his name
        content -= set(terms(f"{lowered[: headed.start()]} {lowered[headed.end(1) :]}")) - name_terms  # not "agency", "head"
    if kind == "person":
        # "who met ambassador Zhang Hanhui?": an office written before a name is that person's
        words = re.findall(r"[\w’'\-]+", lowered)
        titled = {terms(w)[0] for w, after in zip(words, words[1:], strict=False) if terms(w) and set(terms(after)) & name_terms}
        # "who attended the meeting of the culture ministers?": those ministers are the meeting's, not the answer's office
        of_event = {t for m in _EVENT_OF.finditer(lowered) for t in terms(m.group(1))}
        role = next((t for t in terms(lowered) if t in ROLES and t not in titled and t not in of_event), None)
        if _DONE_BY.match(lowered):
            by, role = role, None  # "who did the Kazakh ambassador meet?": the office is the other side's
        whose = _ROLE_OF.search(lowered) or _ROLE_VERB.search(lowered)
        role_of = frozenset(terms(whose.group(1))) if whose else frozenset()
        qualified = _QUALIFIED.search(lowered)
        country = country_of(qualified.group(1)) if qualified else None
        if country is None and (behalf := _BEHALF.search(lowered)):
            country = country_of(behalf.group(1))  # "who signed the agreement for Kazakhstan?"
            if country is None:  # "... for CNPC?": someone whose office is of that body
                side = frozenset(itertools.takewhile(lambda t: t in name_terms, terms(lowered[behalf.start(1) :])))
        verb = re.match(
            rf"^(?:and |so |but )?who (?:(?:will|would|can|could|should|may|might|must|has|have|had|(?:is|are|was|were)(?= \w+ing\b)) )?(?!{_AUXILIARIES})(\w+)",
            lowered,
        )  # "who is building ...": "build"
        predicate = next(iter(terms(verb.group(1), keep_stopwords=True)), None) if verb else None  # ("who owns ...?": "own")
        if re.match(r"^(?:and |so )?who (?:took|takes|take|has taken) (?:the )?(?:\w+ )?(?:place|prize|title|medal|gold|silver|bronze)\b", lowered):
            predicate = "win"  # "who took second place?": "The second prize went to ..." ("take" says nothing)
            content -= {"take"}
    if kind == "place":  # "which cities will the delegation visit?": visiting, not where the talks were
        verb = re.match(r"^(?:and |so |but )?(?:where|(?:which|what) [a-z]+) (?:did|does|do|will|would|has|have|had)\b(.*)$", lowered)
        predicate = _deed(verb.group(1), name_terms) if verb else None
        predicate = None if predicate in _BEING_SOMEWHERE else predicate  # "where do most of them live?": "most of them in ..."
    if kind in SPAN_KINDS:
        # "When did the port open?": the last word after "did X" is what happened ("open"), unless
        # it is a name ("when did Tokayev meet Wang Huning?").
        verb = re.match(r"^(?:and |so |but )?(?:when|what year|how (?:many|much)\b.*?) (?:did|does|do|will|would|has|have|had)\b(.*)$", lowered)
        predicate = _deed(verb.group(1), name_terms) if verb else None
        if verb and re.search(r"\bbecome\b", verb.group(1)):
            predicate = terms("become")[0]  # "when did Ding Xuexiang become vice premier?": not "premier"
        if predicate is None:  # "When was Song Tao appointed head of ...?": what happened ("appoint")
            predicate = _passive(lowered, name_terms)
        if predicate is None and re.match(r"^(?:and |so )?how many [\w\-]+(?: [\w\-]+)?? live (?:in|at|on|near)\b", lowered):
            predicate = "live"  # "how many Kazakh citizens live in China?": not how many the embassy helped
        # "When did construction of the wind farm begin?" asks when construction began, not the farm's work
        if verb and predicate in _ASPECT:
            phrase = list(itertools.takewhile(lambda w: w not in _PREPOSITIONS and terms(w) != [predicate], verb.group(1).split()))
            head = terms(phrase[-1]) if phrase and not set(terms(" ".join(phrase))) & name_terms else []
            event = head[0] if head and phrase[0] not in _DETERMINERS else None
    focus = content - name_terms
    named = None
    if kind == "name" and (what := _NAME_OF.search(lowered) or _WHOSE_NAME.search(lowered)):
        words = itertools.dropwhile(lambda t: t in name_terms, terms(what.group(1)))
        phrase = list(itertools.takewhile(lambda t: t not in name_terms, words))
        named = phrase[-1] if phrase else None  # "the party school Zhang Hanhui mentioned" -> "school"
    focus -= _KIND_WORDS.get(kind, frozenset())
    focus -= _FRAMING
    if age := re.match(r"^(?:and |so )?how old (?:is|was|were|are) .+?( when .+)$", lowered):
        focus -= set(terms(age.group(1)))  # "how old was she when she arrived?": her age is written once, rarely beside it
    if _TAKES.match(lowered):
        focus -= set(terms("take"))
    if focus <= _HELD and not (name_terms & content):
        focus = set()  # the conversation says what "it" is
    focus -= {t for m in _FRAMING_OF.finditer(lowered) for t in terms(m.group(0))}
    head = _ASKED_PHRASE.search(lowered) or _ASKED.search(lowered)
    if kind == "other" and (what_is := WHAT_IS_THE.search(lowered)):
        head = what_is  # "what is the interest rate on the loans?": a rate
    asked = next((t for t in reversed(terms(head.group(1))) if t in focus), None) if head else None
    return Question(
        text=text,
        asked=asked,
        kind=kind,
        role=role,
        role_of=role_of,
        by=by,
        side=side,
        country=country,
        predicate=predicate,
        event=event,
        named=named,
        aggregate=bool(_AGGREGATE.search(lowered)),
        entities=frozenset(name_terms & content),
        focus=frozenset(focus),
    )
