"""People named in a sentence, and the country each one represents.

News about meetings names its participants with their office: "Ambassador of Kazakhstan to China
Shakhrat Nuryshev met with ... of the Communist Party of China Song Tao". A person is a run of two
or more capitalised words that are not titles, organisations or countries; their country is the
first country named in their title (before the name, back to "with" or the previous person) or in
the apposition after it (", the chair of the ... Chinese ..."). A country after "to" is where an
ambassador is sent, not whom they represent.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import paraphrase
from .claims import _NOT_NAMES, NUMBER_WORDS
from .terms import fold, terms

_TITLE_WORDS = {
    w.lower()
    for w in """Professor Academician Extraordinary Plenipotentiary Assistant Standing International Liaison Chief Executive Director
    Governor Mayor Senator Representative Envoy Consul Commissioner Secretary-General Deputy Vice-Chairman
    Communist Parliament Majilis Senate Bureau Agency Embassy University Institute Bank Fund Company Group
    Program Programme Plan Strategy Address Nation Reforms Steps Belt Road Economic Zone Corporation Association
    Union Organization Organisation Cooperation Conference Political Consultative Standing Affairs Liaison
    Economic Development Trade Investment Security Defense Defence Justice Finance Energy Education Health
    Engineering Holding Holdings Railway Railways Airlines Industries Systems Technologies Port Ltd Inc LLC JSC
    Province Region Oblast County District Municipality Prefecture Territory Governorate
    Mart Fair Expo Exhibition Festival Championship Cup Tour Centre Center Market Museum Theatre Theater
    Cinema Stadium Airport Station Hotel Park Canyon Mountains Lake River Tourism
    Culture Information Sport Sports Science Higher Industry Agriculture Transport Labour Ecology Digital Media
    Communications Water Resources Irrigation Emergency Situations Interior Healthcare Infrastructure
    Academy School College Laboratory Library Hospital Clinic Orchestra Philharmonic Opera Ballet Ensemble
    Choir Quartet Concerto Symphony Sonata Suite Overture Piano Award Prize Medal Games Olympiad
    Federation Confederation League Club Team Society Foundation Chamber Commission Authority Administration
    Forward Midfielder Defender Goalkeeper Striker Winger Captain Coach Referee
    Championships Olympics Forum Summit Congress Council Committee Ministry Department Court Assembly Board
    Marathon Tournament Open Rally Regatta""".split()
} | {w.lower() for w in _NOT_NAMES} | NUMBER_WORDS
_CAP_RUN = re.compile(r"(?<![\w’'])[A-Z][\w\-]*(?:(?:’s|'s)?(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\-]*(?:’s|'s)?))*")
MAX_NAME_WORDS = 3  # a longer run of plain capitalised words ends with the name
_TITLE_SPAN = 16  # words before a name that can be its title
_OFFICES = "chairman|chairwoman|chair|president|minister|ambassador|speaker|secretary|director|head|leader|governor|mayor|consul|akim|rector|manager|spokesman|spokeswoman|spokesperson"
_LOWERCASE_OFFICE = re.compile(
    rf"\b((?:(?:[Tt]he )?[\w\-]+(?:'s|’s) )?(?:(?:first|deputy|vice|acting|former|general)[ \-])*(?:{_OFFICES})(?: general)?(?: (?:of|to) (?:the )?[\w’'\- ]+?)?)\s*$"
)
_FRONTED_OFFICE = re.compile(_LOWERCASE_OFFICE.pattern, re.IGNORECASE)  # "the Director of the Border Service, X"
_CREDIT = re.compile(r"\b(?:said|says|reported|reports|told|quoted)\b")
TITLE_BOUNDARY = re.compile(r"\b(?:with|met|between|by|from|told|said)\b|[;:–—]")


@dataclass(frozen=True)
class Person:
    name: str
    start: int  # offsets into the sentence
    end: int
    country: str | None  # canonical country name, None when the text does not say
    title: str = ""  # the office written with the name ("Assistant Minister of Foreign Affairs of China")


_DEMONYM_ENDINGS = {"", "n", "an", "ian", "ese", "i", "ni", "li", "ish", "ic"}


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Folded name or short form -> country ("PRC = China" lines are short forms)."""
    out = {}
    for line in (Path(__file__).with_name("countries.txt")).read_text(encoding="utf-8").splitlines():
        name, _, canonical = (part.strip() for part in line.partition("="))
        if name and not name.startswith("#"):
            out[fold(name)] = canonical or name
    return out


@lru_cache(maxsize=20_000)
def country_of(word: str) -> str | None:
    """The country a word names: "China", "China's", "Chinese" and "Sino-" aside, "Kazakh" -> Kazakhstan."""
    w = fold(word).removesuffix("'s").removesuffix("’s").strip(".,")
    countries = _countries()
    if w in countries:
        return countries[w]
    if len(w) < 4 or not w.isalpha():
        return None
    for key, name in countries.items():  # demonyms: Chinese, Russian, Pakistani; Kazakh(stan), Uzbek(istan)
        if " " in key or len(key) < 4:
            continue
        if (w.startswith(key[:-1]) and w[len(key) - 1 :] in _DEMONYM_ENDINGS) or (len(w) >= 5 and key.startswith(w)):
            return name
    return None


def countries_in(text: str) -> list[str]:
    """Countries named in `text`, in order, skipping those after "to" (the destination of a post) or
    "in" (where an office is: "general manager of Universal Energy in Kazakhstan")."""
    found = []
    words = re.findall(r"[\w’'\-]+", text)
    for i, word in enumerate(words):
        if sum(1 for part in word.split("-") if country_of(part)) > 1:
            continue  # "Kazakh-Chinese relations" describe both sides, not a person's
        for part in word.split("-"):
            country = country_of(part) if part[:1].isupper() else None
            posted = (i > 0 and words[i - 1].lower() in ("to", "in")) or (i > 1 and words[i - 2].lower() in ("to", "in") and words[i - 1].lower() == "the")
            topic = i + 1 < len(words) and words[i + 1].lower() in _TOPIC_HOLDERS  # "a China specialist" studies China
            if country and not posted and not topic and not (i > 0 and _brand_word(words[i - 1])):
                found.append(country)
    return found


_TOPIC_HOLDERS = frozenset("specialist specialists expert experts analyst analysts scholar scholars watcher watchers hand hands".split())


def _brand_word(word: str) -> bool:
    """A capitalised word of a body's own name ("Huawei" in "Huawei Kazakhstan", its branch there)."""
    return (
        word[:1].isupper() and not word.isupper() and fold(word) not in _TITLE_WORDS | _COMPASS and not country_of(word)
    )


# Capitalised only because they open a headline or sentence: "From Taraz to Tsinghua" names nobody
_FUNCTION_WORDS = frozenset("from to in at on with by for of into through after before when while as and or but the".split())
_COMPASS = frozenset("east west north south central northern southern eastern western".split())  # "East Kazakhstan region"


_AGENT_SUFFIXES = ("ist", "er", "or", "ian", "ant", "ent", "ee")


def _occupation(word: str) -> bool:
    """A dictionary word for what a person does ("Economist", "Researcher", "Historian")."""
    plain = fold(word)
    return plain.endswith(_AGENT_SUFFIXES) and paraphrase.is_word(plain) and all(map(paraphrase.is_word, terms(word)))


@lru_cache(maxsize=20_000)  # asked several times per sentence per question (typing, countries, lists)
def people(sentence: str) -> tuple[Person, ...]:
    """The people a sentence names, with the country each represents when it says so."""
    found: list[tuple[str, int, int]] = []
    for match in _CAP_RUN.finditer(sentence):
        words = list(re.finditer(r"[\w’'\-]+", match.group(0)))
        runs: list[list[re.Match[str]]] = [[]]
        for w in words:
            text = w.group(0)
            plain = (
                text[:1].isupper() and fold(text) not in _TITLE_WORDS | _FUNCTION_WORDS and not country_of(text)
                and not text.endswith(("’s", "'s"))
            )
            if plain and not any(country_of(p) for p in text.split("-")):
                runs[-1].append(w)
            elif runs[-1]:
                runs.append([])
        # The person is the run of plain name words that ends the match: "Communist Party of China Song
        # Tao" -> "Song Tao"; or the first, of words no dictionary knows, before "of" and a body's name:
        # "Yevgeniy Fedorov of the Astana Qazaqstan team", "Professor Wang Jianxin of Northwest University".
        run = runs[-1] if _name_run(runs[-1]) else []
        first = runs[0]
        after = next((w.group(0) for w in words if w.start() > first[-1].start()), "") if first else ""
        if first is not runs[-1] and _name_run(first) and after == "of" and not any(paraphrase.is_word(t) for w in first for t in terms(w.group(0))):
            run = first
        joined = re.search(r"([A-Z][\w\-]*) and\s+$", sentence[: match.start()])
        if run and run[0].start() == 0 and len(run) > 2 and joined and fold(joined.group(1)) in _TITLE_WORDS:
            run = run[1:]  # "Minister of Trade and Integration Kairat Torebayev": "Integration" ends the office
        if len(run) > 2 and _OFFICE_OF.search(sentence[: match.start() + run[0].start()]) and (
            any(map(paraphrase.is_word, terms(run[0].group(0)))) or len(run) == 3
        ):
            run = run[1:]  # "Vice Minister of Commerce Li Fei", "Akim of Astana Zhenis Kassymbek": the office's place or body
        if len(run) > 2 and not sentence[: match.start() + run[0].start()].strip() and _occupation(run[0].group(0)):
            run = run[1:]  # "Economist Almas Chukin said ...": his occupation, opening the sentence, then his name
        if not run:
            continue  # one word is too ambiguous; all-caps runs are datelines and agencies
        start, end = match.start() + run[0].start(), match.start() + run[-1].end()
        before = sentence[:start].rstrip().split(" ")[-1] if sentence[:start].strip() else ""
        if len(run) > MAX_NAME_WORDS:  # "CEO of Khorgos Gateway Yerlan Koishibayev": a body's name, then the person's
            start = match.start() + run[-2].start()
        # ... or of its country, in words any dictionary has: "the Association of Kazakhstan Automobile
        # Business" (but "the Communist Party of China Song Tao")
        country_before = re.search(r"([A-Z][\w\-]*) $", sentence[:start])
        of_country = bool(
            country_before and country_of(country_before.group(1)) and _NAME_OF.search(sentence[: country_before.start()])
            and all(terms(w.group(0)) and all(map(paraphrase.is_word, terms(w.group(0)))) for w in run)
        )
        # "Chairman of the Board of Kazakh Invest national company Meirzhan Yussupov": an office, its body, then its holder
        officer = (  # the body is named before its kind word, so the name after it is no body's
            len(run) == 2 and match.group(0) == " ".join(w.group(0) for w in run)
            and re.search(r"[A-Z][\w\-]+ (?:[a-z]+ )?(?:company|corporation|group|holding|bank|fund)\s+$", sentence[: match.start()]) is not None
            and re.search(rf"\b(?i:{_OFFICES})\b[^,.;]*$", sentence[: match.start()]) is not None
        )
        body_before = bool(_BODY_BEFORE.search(sentence[: match.start()])) and not officer
        if body_before or _NAME_OF.search(sentence[:start]) or of_country or _body_joined(run, sentence[match.end() :]):
            continue  # "the railway company Kazakhstan Temir Zholy", "Chengdu Research Base of Giant Panda Breeding"
        if (_OFFICE_OF.search(sentence[:start]) and re.match(r",\s+[A-Z]", sentence[end:])) or (
            _OF_BODY.search(sentence[:start]) and _officer_after(sentence[end:])
        ):
            continue  # "the general director of QazTech Ventures, Aidos Nurgaliyev": the body, then its officer
        if re.search(r"\b(?:percent|per cent|stakes?|shares?|owners?|subsidiary|branch|unit|part) (?:of|in) $", sentence[:start]):
            continue  # "bought 49 percent of Khorgos Gateway": a body
        if _in_quoted_title(sentence, start) or before.lower() == "the" or (before.endswith(("’s", "'s")) and country_of(before)):
            continue  # "the Nurly Zhol programme", "Kazakhstan's Nurly Zhol", titles in quotes are not people
        found.append((sentence[start:end], start, end))
    result = []
    for i, (name, start, end) in enumerate(found):
        window = sentence[found[i - 1][2] if i else 0 : start]
        cut = list(TITLE_BOUNDARY.finditer(window))
        clause = window[cut[-1].end() :] if cut else window
        title = clause.rsplit(", ", 1)[-1]  # "On February 23, Ambassador ..."
        if _HONORIFIC.fullmatch(title.strip()):  # "the head of the Chinese team, Dr. Li Wei"
            title, clause = "", clause.rsplit(", ", 1)[0]
        # "the vice president of CNPC, Huang Yongzhang": the office before the comma is the name's
        fronted = _FRONTED_OFFICE.search(clause.rstrip(", ")) if not title.strip() else None
        title = fronted.group(1) if fronted else title
        if fronted and (whose := re.search(r"\b((?:the|a|an) [\w’'\- ]+?),? whose\s*$", clause[: fronted.start()])):
            title = f"{title} of {whose.group(1)}"  # "the ophthalmology centre, whose director, Gulnara Kassymova"
        title = " ".join(itertools.dropwhile(_not_of_title, title.split()[-_TITLE_SPAN:]))
        apposition = ""
        if sentence[end:].startswith(","):
            apposition = _CLAUSE_END.split(sentence[end + 1 :], maxsplit=1)[0]
            apposition = _CIRCUMSTANCE.split(apposition, maxsplit=1)[0]  # "..., Chairman of X at the initiative of"
        # An office is written right against the name ("... of China Li Huilai", "first deputy
        # chairman of the party Maulen Ashimbayev") or as its apposition (not a credit line).
        lowercase = _LOWERCASE_OFFICE.search(title)
        tail = _capitalised_tail(title)
        if lowercase and all(country_of(w) for w in tail.split()):
            tail = lowercase.group(1)  # "China's ambassador to Kazakhstan Zhang Xiao": not just "Kazakhstan"
        adjacent = title if fronted else tail or (lowercase.group(1) if lowercase else "")
        opening = apposition if _APPOSITION.match(apposition) and not _CREDIT.search(apposition) else ""
        # "the Kazakh delegation was led by Vice Minister ... X": the delegation's country is X's
        side = _SIDE_LED_BY.search(window[: cut[-1].end()]) if cut else None
        countries = countries_in(title) or countries_in(opening) or ([c] if side and (c := country_of(side.group(1))) else [])
        office = " ".join(part.strip(" ,") for part in (adjacent, opening) if part.strip(" ,"))
        if adjacent and not opening and not lowercase and all(fold(w).strip(".,") in _countries() for w in adjacent.split()):
            continue  # "a joint venture of Kazakhstan Temir Zholy": a country's name, then a body's
        if _BODY_APPOSITION.match(apposition.strip()):
            continue  # "Almaty Fruit Export, a company founded in 2020 ...": a body
        result.append(Person(name, start, end, countries[0] if countries else None, office))
    return tuple(result)


# A clause ends at a comma, full stop or semicolon, but not inside a figure ("about 2,500 years ago").
_CLAUSE_END = re.compile(r"(?<!\d)[,.;]|[,.;](?!\d)")


# Lowercase words a body's name follows: "the railway company Kazakhstan Temir Zholy" (but "chairman
# of the party Maulen Ashimbayev" is a person).
_BODY_NOUNS = (
    "company|corporation|firm|agency|bank|party|newspaper|magazine|channel|broadcaster|operator|carrier|airline|group|"
    "holding|university|institute|organi[sz]ation|association|fund|brand|manufacturer|producer|developer|portal|outlet"
)
_BODY_BEFORE = re.compile(rf"(?<!\bof the )(?<!\bof )\b(?:{_BODY_NOUNS})\s+$")
# "X, a company founded in 2020", "X, the national railway company": an apposition saying X is a body
# ("a member of the party", "a group leader" may be people: those two kinds are left out)
_APPOSED_BODIES = "|".join(k for k in _BODY_NOUNS.split("|") if k not in ("party", "group"))
_BODY_APPOSITION = re.compile(
    rf"(?:a|an|the) (?:(?!of\b)[\w\-]+ ){{0,3}}?(?:{_APPOSED_BODIES}|cooperative|enterprise|startup|start-up|venture|subsidiary)\b"
)
# A capitalised name ending in "of": what follows is the rest of that name, not a person.
_NAME_OF = re.compile(
    rf"\b(?!(?i:{_OFFICES}|consul|akim|rector|dean|ceo|chief|premier|envoy|commander|editor|founder)\b)[A-Z][\w\-]* of (?:the )?$"
    # "the Kazakhstan Institute for Strategic Studies", "the Centre for Eurasian Studies"
    r"|\b(?:Institute|Institution|Centre|Center|Council|Committee|Commission|Agency|Foundation|Fund|Association|Society|Union|Academy|School|Bureau|Office) for $"
)
_TITLE_JOINERS = frozenset("of the and for to on in de".split())
# What follows an office in the same clause: "Chairman of X at the initiative of ...", "... during the visit".
_CIRCUMSTANCE = re.compile(r"\s+(?:at|during|on|in|after|before|for) (?:the |a |an )?(?=[a-z])")


# ", the chair of ...", ", Chairman of ...", ", president of the Kazakhstan Cycling Federation"
_APPOSITION = re.compile(rf"\s*(?:the |a |an |[A-Z]|(?:(?:first|deputy|vice|acting|former|general) )*(?:{_OFFICES}|ceo|chief)\b)")
_HONORIFIC = re.compile(r"(?:Dr|Prof|Professor|Mr|Mrs|Ms|Academician)\.?")
_OFFICE_OF = re.compile(rf"\b(?i:{_OFFICES}|ceo|chief|founder)\s+of\s+(?:the\s+)?$")
_OF_BODY = re.compile(r"\bof\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+)?$")  # "the board of Kazakhstan Temir Zholy, Nurlan ..."


def _officer_after(rest: str) -> bool:
    """`rest` opens with ", <a plain name>" closing a clause: the name of the body's officer."""
    match = re.match(r",\s+([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,2})\s*(?:[,.;]|$)", rest)
    return bool(match) and not any(fold(w) in _TITLE_WORDS or country_of(w) for w in match.group(1).split())


_SIDE_LED_BY = re.compile(r"\b([A-Z][\w\-]+) (?:delegation|side|team)(?: was| were)?(?: (?:led|headed|represented))? by\s*$")


# "Beijing Language and Culture University": words a body's name ends with, after "and".
_BODY_AFTER_AND = re.compile(
    r"\s+and\s+(?:[A-Z][\w\-]*\s+){0,2}(?:University|Institute|Academy|College|School|Bank|Company|Corporation|Group|"
    r"Association|Society|Foundation|Fund|Centre|Center|Museum|Hospital|Federation|Union|Committee|Council|Ministry)\b"
)


def _body_joined(run: list[re.Match[str]], rest: str) -> bool:
    """The run is the first half of a body's name joined by "and", and holds a dictionary word
    ("Language" in "Beijing Language and Culture University"; a person's name holds none)."""
    return bool(_BODY_AFTER_AND.match(rest)) and any(paraphrase.is_word(t) for w in run for t in terms(w.group(0)))


def _name_run(run: list[re.Match[str]]) -> bool:
    """Two or more words, none an all-caps dateline or agency ("KAZINFORM")."""
    return len(run) >= 2 and not any(w.group(0).isupper() and len(w.group(0)) > 3 for w in run)


def _capitalised_tail(title: str) -> str:
    """The capitalised words right before a name and the small words joining them ("Head of the
    International Liaison Department"); not a sentence that happens to end in "President"."""
    words = title.split()
    start = len(words)
    while start and (words[start - 1][:1].isupper() or words[start - 1] in _TITLE_JOINERS):
        start -= 1
    while start < len(words) and words[start] in _TITLE_JOINERS:
        start += 1
    return " ".join(words[start:])


def _not_of_title(word: str) -> bool:
    """A word before a name that is no part of an office: the dateline, or a capitalised function
    word ("When Dias Omarov left ...")."""
    return _dateline_word(word) or (word[:1].isupper() and fold(word) in _FUNCTION_WORDS - {"the"})


def _dateline_word(word: str) -> bool:
    """"BEIJING." "KAZINFORM" "–": the dateline and agency before a title (an acronym of three
    letters is an office or a body: "CEO of ...", "KTZ chairman")."""
    bare = word.strip(".,")
    dateline = len(bare) > 3 or (len(bare) > 1 and word.endswith("."))  # not "CEO", "KTZ", "UN"
    return (word.isupper() and dateline and not country_of(word)) or word in ("–", "—", "-")


QUOTED_TITLE_WORDS = 12  # a short, mostly capitalised quoted span is a title ("Kazakhstan in a New Global Reality")


def _in_quoted_title(sentence: str, at: int) -> bool:
    """`at` is inside a short quoted span; a quoted speech may name people ("... of President Xi Jinping")."""
    opened = max(sentence.rfind("“", 0, at), sentence.rfind('"', 0, at) if sentence.count('"', 0, at) % 2 else -1)
    if opened < 0 or sentence.rfind("”", 0, at) > opened:
        return False
    close = [i for i in (sentence.find("”", at), sentence.find('"', at)) if i >= 0]
    words = sentence[opened + 1 : min(close)].split() if close else []
    capitalised = sum(w[:1].isupper() or w[:1].isdigit() for w in words)
    return 0 < len(words) <= QUOTED_TITLE_WORDS and (len(words) <= 4 or 2 * capitalised > len(words))


def named_countries(text: str) -> set[str]:
    """Every country a text names, in any form ("Chinese", "PRC", "Kazakh-Chinese")."""
    return {c for w in set(re.findall(r"[\w’'\-]+", text)) for part in w.split("-") if (c := country_of(part))}


def asked_countries(question: str) -> list[str]:
    """Countries a question names, in order: the first qualifies whom it asks about."""
    out: list[str] = []
    for word in re.findall(r"[A-Za-z’'\-]+", question):
        for part in word.split("-"):
            country = country_of(part)
            if country and country not in out:
                out.append(country)
    return out
