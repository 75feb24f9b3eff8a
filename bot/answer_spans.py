"""Spans of a sentence that can answer a question of a given kind: people (with their offices and
countries), dates, weekdays, years, numbers, places and names; a date or number must be written next
to what the question asks about."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping

from . import claims, paraphrase
from .extractive import ATTRIBUTION, drop_titles
from .people import TITLE_BOUNDARY, asked_countries, country_of, named_countries, people
from .question import RANK_ASKED, ROLES, Question, country_terms
from .sentences import dateline, strip_dateline
from .terms import STOPWORDS, fold, terms

ROLE_WINDOW = 10  # words after a name (twice as many before it) where its office is written
NAME_WINDOW = 6  # words around a name where the thing it names is written
NAME_GAP = 3  # at most this many lowercase words between a name and the thing it names ("the Central Party School")
_LESSER_OFFICE = frozenset(terms("vice deputy assistant acting former first-deputy", keep_stopwords=True))
# Words that make a name a body rather than a person ("People's Congress", "Kazinform" is left to chance).
_BODIES = frozenset(
    terms(
        "committee congress council ministry department party parliament assembly senate government forum summit "
        "agency service union organization organisation association bank company corporation university institute "
        "embassy office bureau commission court fund group centre center majilis"
    )
)
# Events and bodies: "in G20 Summit", "in the Shanghai Cooperation Organization" are not places.
_NOT_PLACES = frozenset(
    "summit forum conference congress committee council organization organisation department ministry party "
    "union initiative program programme plan agency service bank company assembly session".split()
)
_PLACE_PREPOSITIONS = "in|at|near|outside|inside|across|around|within|throughout"
_REGION_WORDS = "region|district|province|oblast|city|town|village|county"
_WATER = r"(?:river|lake|sea|border|island|bay)"  # "a hub on the Sumbe river": "on" sets a place by water or a border
_BODY_WORDS = "company|group|corporation|bank|university|institute|fund"
# "near the village of Shieli", "in the centre of Almaty"
_PLACE_OF = rf"(?:(?:{_REGION_WORDS}|centre|center|outskirts|suburbs|south|north|east|west) of (?:the )?)?"
# "How much did it cost?" asks for a sum of money: a number written with its currency.
# What is measured in money: "how large is the bank's portfolio?"
_FINANCES = re.compile(
    r"\b(?:portfolio|loans?|investments?|debts?|assets|capital|reserves|turnover|trade|economy|budget|funds?|deficit|surplus|profits?|stake)\b",
    re.IGNORECASE,
)
_MONEY_ASKED = re.compile(
    r"\b(?:cost|costs|costing|price|prices|priced|pay|paid|spend|spent|invest|invested|worth|fee|fees|budget|"
    r"salary|salaries|revenue|loan|fund|funding|earn|earned|charge|charged|owe|owes|owed|lend|lends|lent|borrow|borrows|borrowed|debt|debts)\b",
    re.IGNORECASE,
)
ADMISSION = re.compile(r"\b(?:tickets?|entry|entrance|admission|fees?|visitors?|viewers?|attend\w*)\b")  # what a person pays for
# "where was it going?", "where will it go next?": where to
_WHITHER = re.compile(
    r"\bwhere (?:is|was|are|were|will|would|does|did|do) (?:it|they|he|she|the \w+) (?:be )?"
    r"(?:go|going|head|heading|headed|bound|travel|travell?ing|move|moving)\b"
)
_HOW_LONG_IS = re.compile(r"^(?:and |so )?how long (?:is|was|are|were|will be) (?:the |a |an |this |that )?[^,]*?\W*$")  # the length of a thing
# "... and shot in Almaty and Xi'an over 14 months": how long the doing took, not how long the thing is
_DONE_OVER = re.compile(
    r"\b(?:\w+ed|\w+en|shot|built|made|spent|held|kept|run)\b[^,.;]{0,40}?\b(?:over|in|within|during)\s+(?:about |some |nearly |almost |around |more than )?$"
)
# "who received them?" asks whom a giving went to: "The copies were handed over ... to the library's director, X"
RECEIVING = frozenset(terms("receive received get got accept accepted obtain obtained"))
GIVEN_TO = re.compile(r"\b(?:hand(?:ed|s)? over|gave|given|give[sn]?|present(?:ed|s)?|award(?:ed|s)?|grant(?:ed|s)?|sent|deliver(?:ed|s)?|transferr?(?:ed|s)?)\b[^.;]*?\bto\b")
_OPEN_ASKED = re.compile(r"\bwhen (?:is|are|was|were|will) .+ (?:open|closed)\b|\bopening hours\b")
_HOURS = re.compile(r"\b(?:from )?\d{1,2}(?:[.:]\d\d)? ?[ap]\.?m\.? (?:to|until|till|-|–) \d{1,2}(?:[.:]\d\d)? ?[ap]\.?m\.?")
_COMMON_PLACE = re.compile(
    r"\b(?:in|at|near|outside|inside) the ((?:[a-z][\w\-]* ){0,2}(?:museum|park|square|theatre|theater|hall|stadium|cinema|library|"
    r"hospital|airport|station|market|palace|gallery|arena|zoo|embassy|consulate|school|university|campus|port|village|"
    r"office|building|headquarters|centre|center))\b(?! of [A-Z])"  # not "the village of Shieli": that names it
)
_RELATIVE_TIME = re.compile(
    r"\b(?:next|last|this|later this|early next|late next) (?:year|month|week|spring|summer|autumn|fall|winter|season|decade)\b"
    r"|\b(?:within|in) (?:the next )?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:years?|months?|weeks?|days?)\b"
    r"|\b(?:only )?(?:after|before) (?!the (?:end|start|beginning)\b)(?:[a-z][\w\-’']* ){1,6}?[a-z]+(?:ed|ied)\b"  # not "once ...": a condition
)
_YEARS_SPAN = re.compile(r"\b(?:19|20)\d\d ?[–-] ?(?:19|20)?\d\d\b")
_CLOCK_RANGE = re.compile(r"\bfrom \d{1,2}[.:]\d\d(?: ?[ap]\.?m\.?)? (?:to|until|till) \d{1,2}[.:]\d\d(?: ?[ap]\.?m\.?)?")
_CLOCK = re.compile(r"\bat (\d{1,2}[.:]\d\d(?: ?[ap]\.?m\.?)?|\d{1,2} ?[ap]\.m\.|noon|midnight)")
_COUNTED_IN = re.compile(r"\b[Hh]ow many of (?:the|its|their|these) [\w\-]+ (?:are|were|is|was|lie|lies) (?:located )?in ([A-Z][\w\-]+)")
_NOBODY = re.compile(r"\b(?:[Nn]obody|[Nn]o one|[Nn]o-one)\b")
FREE = re.compile(r"\b(?:free of charge|for free|at no cost|free(?= (?:entry|admission|tickets?)\b))")  # what costs nothing
CURRENCY = (
    r"(?:US |U\.S\. |American |Hong Kong |Canadian |Australian )?(?:dollars?|USD|tenge|KZT|yuan|RMB|renminbi|euros?|EUR|"
    r"roubles?|rubles?|pounds?|sterling|francs?|marks?|yen|rupees?|guineas?|shillings?|pence|cents?)\b"
)
# "How long / far / old ...?" asks for a length of time or space: a number written with its unit.
QUANTITY_UNIT = r"(?:tonnes|tons|tonne|ton|kilograms?|kg|litres?|liters?|barrels?|cubic met(?:re|er)s?|square met(?:re|er)s?|hectares?)\b"
_TIME_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))\b"
# A person's age written without a unit: "Omarov, 29, said", "who is 24", "aged 69", "at the age of 69"
_AGE = re.compile(r"(?:[A-Z][\w’'\-]+, |\b(?:who|I) (?:is|was|am) |\baged |\bat the age of )(\d{1,3})\b(?!\s*(?:percent|%|(?!(?:and|or|when)\b)[a-z]))")
_DURATION_ASKED = re.compile(r"\bhow (?:long|far|old)\b(?! ago\b)|\b(?:winning|finishing|travel|journey|flight|processing|waiting|record) time\b")
_UNIT = rf"(?:{_TIME_UNIT}|(?:km|kilomet(?:re|er)s?|met(?:re|er)s?|miles?|feet|foot|ft|cm|mm|m)\b)"
# "How powerful / tall / heavy / fast ...?" asks for a measure in its own units: "a 636-megawatt unit"
_LENGTH_UNIT = r"(?:km|kilomet(?:re|er)s?|met(?:re|er)s?|miles?|feet|foot|ft|storeys?|stories|floors)\b"
_MEASURES = {
    "powerful": r"(?:(?:kilo|mega|giga)?watts?|[kMG]W|horsepower|hp)\b",
    "tall": _LENGTH_UNIT, "high": _LENGTH_UNIT, "deep": _LENGTH_UNIT,
    "heavy": r"(?:tonnes?|tons?|kilograms?|kg|grams?|pounds?)\b",
    # "300 km/h"; "retreats by about 10 metres a year"
    "fast": r"(?:km/h|mph|knots|(?:\w+ ){0,1}?(?:kilomet(?:re|er)s?|met(?:re|er)s?|centimet(?:re|er)s?|miles?|km|m|cm) (?:an?|per|each) (?:second|minute|hour|day|week|month|year|decade))\b",
}
_MEASURE_ASKED = re.compile(rf"\bhow ({'|'.join(_MEASURES)})\b")
# "..., the akimat said on Wednesday": the day it was reported, not the day of what is reported.
_REPORTED = re.compile(
    r"\b(?:said|says|told(?: [\w’']+){0,2}|reported|announced|stated|noted|added|informed)\s+(?:on\s+|last\s+|this\s+)?$"
)
_REPORT_WORDS = frozenset(terms("say said tell told report announce state note inform statement"))  # not "add": "added X to the list"
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b")


def candidates(
    kind: str, sentence: str, question: Question, known: Mapping[str, str] | None = None, called: frozenset[str] = frozenset()
) -> list[str]:
    """Spans of `sentence` that could answer a question of this kind and are not just its own words.
    `known`: the country of people the sentence does not give one for ("President Xi Jinping");
    `called`: the kinds of body its article says the question's names are ("company")."""
    if kind == "person":
        found = _people_in(sentence)
    elif kind == "title":  # "what is Li Huilai's position?": the office written with that person
        found = [p.title for p in people(sentence) if set(terms(p.name)) & question.entities and p.title]
    elif kind in ("place", "name"):
        found = claims.names(sentence)
        if kind == "name" and question.named:  # the name is written with the thing it names
            found = [c for c in found if _names_thing(sentence, c, question.named)]
        if kind == "place" and re.match(r"(?:and |so )?where\b", fold(question.text)):
            # "Where did they meet?": a place written as one ("in Astana", "shipped to Iran"), not "the
            # ambassador to Kazakhstan"
            persons = {t for p in people(sentence) for t in terms(p.name)}  # "the invitation to Nursultan Nazarbayev"
            # "... invited Chinese investors to the Khorgos special economic zone" (where did he invite them?)
            deeds = "|".join(re.escape(t) for t in sorted(question.focus) if len(t) > 3)
            moved = rf"|\b(?:{deeds})\w*(?: [\w’'\-]+){{0,3}} (?:to|into)" if deeds else ""
            set_in = rf"(?:\b(?:{_PLACE_PREPOSITIONS}|\w+(?:ed|ing) (?:to|from|into)){moved}) (?:the )?{_PLACE_OF}"
            found = [
                c for c in found
                # (a name may be written with leading words names() leaves out: "at the National Prosecutors College")
                if (_in_asked_clause(set_in + r"(?:[A-Z][\w\-]* ){0,2}" + re.escape(c), sentence, question) or _on_water(c, sentence))
                and not set(terms(c)) & persons
                and c.split()[-1].lower() not in _NOT_PLACES  # "his participation in G20 Summit"
            ]
            # "Car assembly plant, Kostanay region – 400 million dollars": a region written after the thing
            found += [m.group(1) for m in re.finditer(rf",\s((?:[A-Z][\w\-]* )*[A-Z][\w\-]*) (?:{_REGION_WORDS})\b", sentence) if m.group(1) not in found]
            # "at the regional museum", "in the central park": a place written as a common noun
            found += [m.group(1) for m in _COMMON_PLACE.finditer(sentence) if _in_asked_clause(re.escape(m.group(0)), sentence, question)]
            if not found and (d := dateline(sentence)):  # "BEIJING. KAZINFORM - ...": filed from there
                found = [d]
            if _WHITHER.search(fold(question.text)):  # "where was it going?": "from China to Uzbekistan"
                found = [c for c in claims.names(sentence) if re.search(rf"\b(?:to|for|towards) (?:the )?{re.escape(c)}\b", sentence) and not set(terms(c)) & persons]
            if re.search(r"\bfrom\W*$", fold(question.text)):  # "where was it sent from?": not where to
                found = [c for c in claims.names(sentence) if re.search(rf"\b(?:from|left|leaves|departed|departs) (?:the )?{re.escape(c)}", sentence) and not set(terms(c)) & persons]
        if kind == "place" and not re.search(r"\bfrom\W*$", fold(question.text)):
            elsewhere = [c for c in found if not re.search(rf"\bfrom (?:the )?{re.escape(c)}\b", sentence)]
            found = elsewhere or found  # "Youth delegation from China visits Almaty": where it went, not where it came from
    elif kind == "organisation":  # a name that is not a country ("Kazakhstan"); people go in evidence.py
        body = strip_dateline(sentence)  # "ALMATY. KAZINFORM" is no answer
        found = [n for n in claims.names(body) if len(n) > 2 and not all(country_of(w) for w in n.split())]
        found = [n for n in found if " " in n or not (body.startswith(n) and any(map(paraphrase.is_word, terms(n))))]  # "Classes will ..."
        # nor a place: "in the Kyzylorda region", "in Almaty"
        found = [
            n for n in found
            if n.split()[-1].lower() in _BODIES | _NOT_PLACES  # "in the Shanghai Cooperation Organization" is a body
            or not re.search(rf"\b(?:in|near) (?:the )?{re.escape(n)}(?! (?:{_BODY_WORDS})\b)(?:\W|$)|\b{re.escape(n)} (?:{_REGION_WORDS})\b", sentence)
        ]
        found = [n for n in found if not n.endswith("-based")]  # "The Aktau-based firm Shubat Plus"
        if not _REPORT_WORDS & (question.focus | {question.predicate}):
            # "..., the State Revenue Committee said": who tells of it, not who did it
            credited = " ".join(m.group(1) or m.group(2) for m in _SOURCE.finditer(sentence))
            found = [n for n in found if n not in credited]
        if question.asked in _KIND_TERMS:  # "which company ...?": not "the ... Committee" nor "... University"
            found = [n for n in found if not (kind := _KIND_TERMS & set(terms(n.split()[-1]))) or question.asked in kind or _kin(question.asked, kind)]
    elif kind == "date":
        found = [d for d in claims.dates(sentence) if not _reported_on(d, sentence, question)]
        if _OPEN_ASKED.search(fold(question.text)):  # "when is the zoo open?": "from 10 a.m. to 7 p.m."
            found += [m.group(0) for m in _HOURS.finditer(sentence)]
        elif not found:  # "Flight KC887 leaves Astana at 23:50": a time of day; "next year"; "only after farmers complained"
            found = [m.group(1) for m in _CLOCK.finditer(sentence)] or [m.group(0) for m in _RELATIVE_TIME.finditer(sentence)]
        if ranges := [m.group(0) for m in _YEARS_SPAN.finditer(sentence)]:  # "a programme for 2024–2026": one span
            found = ranges + [d for d in found if not any(d in r for r in ranges)]
        for day, date in zip(found, found[1:], strict=False):  # "on Monday, March 6" is one date
            if _WEEKDAY.fullmatch(day) and f"{day}, {date}" in sentence:
                found = [f"{day}, {date}" if f in (day, date) else f for f in found]
        found = list(dict.fromkeys(found))
        if not found and re.search(r"\bdays\b", question.text):  # "on which days?": "on Mondays and Saturdays"
            found = [m.group(0) for m in _WEEKDAY.finditer(sentence) if not _reported_on(m.group(0), sentence, question)]
    elif kind == "weekday":
        found = [m.group(0) for m in _WEEKDAY.finditer(sentence) if not _reported_on(m.group(0), sentence, question)]
    elif kind == "year":
        found = [m.group(0) for m in claims.YEAR_RE.finditer(sentence)]
    elif kind == "number":
        found = _number_spans(sentence, question)
    else:
        return []
    dated = kind in ("date", "weekday", "year")  # "in May" is a date, though "may" is a stopword
    if dated:  # "the fifth exercise since 2016" does not date this one, unless asked "since when?"
        asked = set(terms(question.text)) | {question.predicate}
        found = [d for d in found if not (edge := _bounding(d, sentence)) or asked & _EDGE_ASKED[edge]]
        if re.search(r"\b(?:previous|before (?:this|that|the))\b", fold(question.text)):
            found = [d for d in found if _bounding(d, sentence) == "since"]  # "the last win before this match": "the first since 2004"
    found = [c for c in found if (dated or set(terms(c)) - STOPWORDS) and not _own(c, question)]
    if question.country and kind == "person":
        # "Which Chinese official ...": someone the text says is Chinese, or the unnamed-country side
        # of a meeting with someone of another country (as in gathering.py).
        persons = people(sentence)
        foreign = any(p.country and p.country != question.country for p in persons)
        country = {p.name: p.country or (known or {}).get(p.name) for p in persons}
        # "Kazakhstan's education minister": an office of the country, held by someone no text gives another country
        possessive = re.search(r"\b([A-Z][a-z]+)(?:'s|’s)\b", question.text)
        of_country = bool(possessive and country_of(possessive.group(1)) == question.country)
        fits = {
            p.name for p in persons
            if country[p.name] == question.country or (country[p.name] is None and (foreign or (of_country and p.title)))
        }
        found = [c for c in found if c in fits]
    if question.side and kind == "person":  # "who signed it for CNPC?": "the vice president of CNPC, Huang Yongzhang"
        offices = {p.name: set(terms(p.title)) for p in people(sentence)}
        found = [c for c in found if question.side <= offices.get(c, set())]
    if question.predicate in RECEIVING and kind == "person" and GIVEN_TO.search(sentence):
        # "who received the copies?": "handed over by Li Xiaoming to ... Ulbolsyn Dzhalmanova" - whom they went to
        found = [c for c in found if re.search(rf"\bto (?:the )?(?:[\w’'\-]+,? ){{0,8}}?{re.escape(c)}\b", sentence)]
    if question.role and kind == "person":
        # "Who was the chairman of Nur Otan?": a chairman, and of Nur Otan (not "PRC Chairman Xi").
        found = [c for c in found if holds_role(sentence, c, question, question.role, called=called)]
    if question.by and kind == "person":
        # "Who did the Chinese ambassador meet?": someone else in a sentence naming a (Chinese) ambassador
        country = next(iter(asked_countries(question.text)), None)
        doers = {
            p.name for p in people(sentence)
            if p.country in (None, country) and holds_role(sentence, p.name, question, question.by, whose=False)
        }
        found = [c for c in found if doers and c not in doers]
    return found


# Who did something, when no person did: "at the initiative of the Chinese side" (whose initiative?),
# "..., reported the Akorda press service." (who reported?). The deed is the question's own word.
_AGENT = r"((?:the|both|a|an) [\w’'\-]+(?: [\w’'\-]+){0,5}?)(?=\s*[,.;:()]|\s+(?:at|in|on|with|to|for|from|and|who|which|that|as|under|through|via|during|after)\b|\s*$)"
# "paid for by the Chinese government", "set up in 2017 by a group of Chinese businessmen"
_DEED_OF = re.compile(rf"\b([\w’'\-]+)(?: for| out| up| off)?(?: (?:in|on) [\w\-]+)? (?:of|by) {_AGENT}")
_CREDITED = re.compile(rf",\s+([\w’'\-]+) {_AGENT}\s*\.?\s*$")
# "The train is operated jointly by Kazakhstan Temir Zholy and China Railway Urumqi Group": bodies by name
# ... "made in China by Goldwind", "opened in 2021 by the company Universal Energy"
_DONE_BY_NAME = re.compile(
    r"\b([\w’'\-]+)(?: \w+ly)?(?: (?:in|on|at) (?:[A-Z][\w’'\-]*|\d{4}))? by "
    r"(?:the (?:company|firm|corporation|group|bank|operator|developer|manufacturer|maker) )?([A-Z][\w’'\-]*(?: (?:of |and )?[A-Z][\w’'\-]*)*)"
)
# "Huawei opened a cloud data centre ... together with Kazakhtelecom" (who opened it with Huawei?)
_PARTNER = re.compile(r"\b(?:together with|jointly with|in partnership with|with) (?:the )?([A-Z][\w’'\-]*(?: (?:of |and )?[A-Z][\w’'\-]*)*)")
# "a loan from the Eurasian Development Bank" (who lends?): a thing given, and its giver by name
_GIVEN_BY_NAME = re.compile(r"\b([a-z]+) from (?:the )?([A-Z][\w’'\-]*(?: (?:of |and )?[A-Z][\w’'\-]*)*)")
# "... said that Chinese specialists from the Chengdu ... Base would train ...": a group doing the deed
_DOER = re.compile(
    r"(?:\bthat|^)\s+((?:[A-Z][a-z]+ )?[a-z]+s(?: (?:from|of|at) (?:the )?[A-Z][\w\-]*(?: (?:of )?[A-Z][\w\-]*)*)?)"
    r"\s+(?:(?:will|would|could|can|should|may|might|must|has|have|had|are|were) )?(?:also )?([a-z]+)\b"
)
_BODY_NAME = r"[A-Z][\w\-]*(?: (?:of |for )?[A-Z][\w\-]*)*(?: \([A-Z]+\))?"
# ... as the subject: opening the sentence or its clause, or after the kind of body ("gas company QazaqGaz"),
# not after a preposition ("between Khorgos and Almaty opens", "from the Chengdu Research Base would train")
_NAMED_DOERS = re.compile(rf"(?:^|[,–—:] |\b(?:company|corporation|group|bank|fund|firm|maker|operator) )({_BODY_NAME}(?: and {_BODY_NAME})*) (?:(?:has|have|had|will|would) )?([a-z]+)\b")
# "Kazinform has learnt from the press service of the lower chamber": who told the agency
_LEARNT_FROM = re.compile(r"\b(?:learnt|learned|heard) from ((?:the|a|an) [^,.;]+?)(?=\s*[,.;]|$)")
_TOLD = re.compile(r"\b(?:told|tell|tells|informed|inform|informs)\b")
# "..., the press service of the Kazakh government reported." (the deed after its doer)
_ARTICLES_AND_PREPOSITIONS = frozenset("the a an of in on at to for with from by".split())
_CREDITED_AFTER = re.compile(r",\s+((?:the|both|a|an) [\w’'\-]+(?: [\w’'\-]+){0,7}?)\s+([a-z]+)\s*\.?\s*$")


def agents(sentence: str, question: Question) -> list[str]:
    """The side, body or group that did what the question asks about ("the Chinese side")."""
    deeds = _deeds(question)
    found = [
        m.group(2)
        for pattern in (_DEED_OF, _CREDITED)
        for m in pattern.finditer(sentence)
        if any(paraphrase.present(d, set(terms(m.group(1), keep_stopwords=True))) for d in deeds)  # ("owned by": "own")
    ] + [
        m.group(1) for m in _CREDITED_AFTER.finditer(sentence)
        if any(paraphrase.present(d, set(terms(m.group(2), keep_stopwords=True))) for d in deeds)
        and m.group(1).split()[-1] not in _ARTICLES_AND_PREPOSITIONS  # ", the most of any player in the match": no doer
    ] + [
        name for m in _DONE_BY_NAME.finditer(sentence) if any(paraphrase.present(d, set(terms(m.group(1), keep_stopwords=True))) for d in deeds)
        for name in m.group(2).split(" and ")
    ] + [
        m.group(2) for m in _GIVEN_BY_NAME.finditer(sentence)
        # a noun for the deed ("loan" for "lend"), not the deed itself ("returned from Beijing")
        if not m.group(1).endswith("ed") and any(terms(m.group(1)) != [d] and paraphrase.present(d, set(terms(m.group(1)))) for d in deeds)
    ]
    partner = re.search(r"\bwith ([A-Z][\w’'\-]*)", question.text)
    if partner and set(terms(partner.group(1))) <= set(terms(sentence)) and any(paraphrase.present(d, set(terms(sentence))) for d in deeds):
        # "who opened it with Huawei?": the one the sentence names with Huawei
        found += [m.group(1) for m in _PARTNER.finditer(sentence) if not set(terms(m.group(1))) & set(terms(partner.group(1)))]
    if _TOLD.search(fold(question.text)):  # "who told Kazinform?": "Kazinform has learnt from the press service of ..."
        found += [m.group(1) for m in _LEARNT_FROM.finditer(sentence)]
    if question.predicate:  # "Chinese specialists from the Chengdu Research Base would train the zoo's staff"
        found += [m.group(1) for m in _DOER.finditer(sentence) if terms(m.group(2))[:1] == [question.predicate]]
        # "QazaqGaz and China National Petroleum Corporation (CNPC) signed an agreement": bodies as doers
        found += [
            re.sub(r" \([A-Z]+\)$", "", body) for m in _NAMED_DOERS.finditer(sentence) if terms(m.group(2))[:1] == [question.predicate]
            for body in m.group(1).split(" and ")
            if not country_of(body)  # "Kazakhstan and China sign deal": countries are no bodies
        ]
    # "by British engineer Arthur Woolf": a country's word is no doer
    return [f for f in found if set(terms(f)) - STOPWORDS and not _own(f, question) and not all(country_of(w) for w in f.split())]


def _deeds(question: Question) -> set[str]:
    """What the question asks was done: its verb and other focus words, offices aside."""
    return (question.focus | ({question.predicate} if question.predicate else set())) - ROLES


def bound_to_deed(name: str, sentence: str, question: Question) -> bool:
    """A person written as the doer of the question's deed, office and all: "the official visit of
    First Vice Chairman of Nur Otan Party Askar Myrzakhmetov to China" (who visited?)."""
    deeds = _deeds(question)
    return any(
        any(paraphrase.present(d, set(terms(m.group(1)))) for d in deeds)
        and name in " ".join(sentence[m.end() :].split()[: 15 + len(name.split())])
        for m in re.finditer(r"\b([\w’'\-]+) (?:of|by) ", sentence)
    )


ATTACHED_WINDOW = 8  # content words around a date or number where what it is about is written
SUBJECT_WORDS = 3  # content words opening a sentence: its subject


def attached(span: str, sentence: str, question: Question) -> bool:
    """A date or number answers only when written next to what the question asks about ("during an
    Oct. 18 meeting" for "when did they meet?"), not anywhere in a sentence that also names the
    subject ("when did Wang become chair?" is not answered by the date of a meeting). Long offices
    are read past: "On February 23, <title of 15 words> Shakhrat Nuryshev met"."""
    if not question.all_terms:
        return True  # "when was that?": what it is about is in the conversation
    if re.search(r"\bhow old\b", fold(question.text)) and any(
        m.group(1) == span and (m.group(0).startswith("I ") or set(terms(m.group(0))) & question.all_terms) for m in _AGE.finditer(sentence)
    ):
        return True  # "Omarov, 29," for "how old is Omarov?"; "I was 26" of whoever the words are (evidence.py checks)
    near = _around(drop_titles(sentence, set(question.all_terms)), span, ATTACHED_WINDOW, keep_stopwords=False)
    if any(paraphrase.present(t, near) for t in question.all_terms):
        return True
    # A length with its unit is the subject's: "The train of 55 containers left ... and covered
    # 4,200 kilometres in eight days" for "how long did the train take?"
    subject = set(terms(sentence)[:SUBJECT_WORDS])
    return bool(_DURATION_ASKED.search(fold(question.text))) and any(t in subject for t in question.all_terms)


def best_span(found: list[str] | tuple[str, ...], sentence: str, question: Question) -> str:
    """Of several spans, the one that is what a "which" question asks for ("Shanghai Cooperation
    Organization" for "which organization") or counts what "how many" does ("150 riders from 12
    countries" for "how many riders"), then the one written nearest the question's words: the event asked
    about ("during an Oct. 18 meeting in Beijing" for "where did they meet?"), then its names; long
    offices are read past."""

    plain = drop_titles(sentence, set(question.all_terms))  # "visit of <long office> Askar Myrzakhmetov"
    counted = re.match(r"^(?:and |so )?how many ([a-z]+)", fold(question.text))  # "how many riders": "150 riders"
    counted_terms = set(terms(counted.group(1))) if counted else set()

    def near(span: str) -> tuple[int, ...]:
        text = plain if span in plain else sentence
        if span not in text:
            return (0, 0, 0, 0, 0, 0)
        close, wide = _around(text, span, 3), _around(text, span, ATTACHED_WINDOW)
        focus = [sum(paraphrase.present(t, words) > 0 for t in question.focus) for words in (close, wide)]
        counts = bool(counted_terms & set(terms(text[text.find(span) + len(span) :])[:2]))
        anchored = sum(y in close for y in question.years)  # "... will rise to 50 percent by 2027" for "by 2027?"
        # "how much did exports grow?": "grew by 41 percent to 24.7 billion dollars" - the change
        change = question.predicate in _CHANGES and bool(re.search(r"%|percent|per cent|\b(?:half|double|tenfold)\b", span) or re.search(rf"\bby (?:about |some )?{re.escape(span)}", text))
        return (question.asked in terms(span), change, counts, anchored, *focus, len(question.entities & wide))

    return max(found, key=near)  # the first of equals


def _reported_on(date: str, sentence: str, question: Question) -> bool:
    """The date is when something was said or reported, and the question is not about the saying."""
    at = sentence.find(date)
    return at >= 0 and bool(_REPORTED.search(sentence[:at])) and not (question.all_terms | {question.predicate}) & _REPORT_WORDS


# What a question asks that an edge of a period answers: "when does the expo end?" - "runs until June 18"
# "..., the Ministry of Science and Higher Education said in October": where the news comes from
_SOURCE = re.compile(r"(?:,\s+|^)((?:the\s+)?[A-Z][\w\-]*(?:\s+[\w\-]+){0,8}?)\s+(?:said|says|reported|announced|told)\b|\baccording to ((?:the )?[^,.;]+)")
# Kinds of body, and the kinds a question's one may be written as ("which company": "... Corporation", "... Group")
_KIND_TERMS = frozenset(terms("company corporation firm group holding bank university institute college academy committee ministry agency council commission fund association federation"))
_KIN = [frozenset(terms("company corporation firm group holding")), frozenset(terms("university institute college academy"))]


def _kin(asked: str, kind: set[str]) -> bool:
    return any(asked in family and kind & family for family in _KIN)


_EDGE_ASKED = {
    # "the best harvest since 2011" dates the previous best; "the first win since 2004" the last one
    "since": frozenset(terms("since start started begin began beginning first previous last before earlier")),
    "until": frozenset(terms("until end ends ended finish finishes close closes last lasts run runs till")),
}
_EDGE_ASKED["till"] = _EDGE_ASKED["until"]


def _bounding(date: str, sentence: str) -> str:
    """"since" / "until" when written right before the date: the edge of a period, not an event's date."""
    match = re.search(rf"\b(since|until|till)\s+(?:the\s+)?{re.escape(date)}", sentence)
    return match.group(1) if match else ""


_PRICED = re.compile(r"\b(?:for|worth|valued at|at a cost of)\s+(?:about |some |nearly |almost |around |over |more than )?[$€£¥]?(\d[\d,.]*\d|\d)")


def priced(sentence: str) -> bool:
    """The sentence gives what something cost without the word: "built ... for 40 million US dollars",
    "screened free of charge"."""
    return any(_money(m.group(1), sentence[m.start() :]) for m in _PRICED.finditer(sentence)) or bool(FREE.search(sentence))


def _counts_other(number: str, sentence: str, focus: frozenset[str]) -> bool:
    """The number counts something the question does not ask the size of ("three loan agreements" is no
    size of a portfolio), or is a time."""
    at = re.search(rf"\b{re.escape(number)}\s+((?:[a-z][\w\-]*\s+){{0,1}}[a-z][\w\-]*)", sentence, re.IGNORECASE)
    if not at:
        return False
    if re.match(_TIME_UNIT, at.group(1), re.IGNORECASE):
        return True  # "for six months" is no size
    if _money(number, sentence) or re.match(rf"(?:square |cubic )?(?:{_UNIT}|{QUANTITY_UNIT})", at.group(1), re.IGNORECASE):
        return False  # a sum or a measure ("3,000 square metres") is a size
    words = list(itertools.takewhile(lambda w: w not in STOPWORDS, at.group(1).split()))
    head = terms(words[-1]) if words else []
    return bool(head) and words[-1].endswith("s") and head[0] not in focus


def _money(number: str, sentence: str) -> bool:
    """The number is a sum of money: "$1.8 billion", "1.8 billion US dollars", "£5,000", or "97 million"
    after a sum of the same sentence ("cost 150 million dollars, of which ... lent 97 million")."""
    if re.search(rf"\b{re.escape(number)}(?![\w.,]*\d)", sentence) and re.search(r"\b(?:million|billion|trillion|mln|bln|bn)$", number) and any(
        _money(m.group(0), sentence[: sentence.find(number)]) for m in re.finditer(r"\b\d[\d.,]* (?:million|billion|trillion|mln|bln|bn)\b", sentence[: sentence.find(number)])
    ):
        return True
    return any(
        re.search(r"[$€£¥]\s*$", sentence[: m.start()]) or re.match(rf"(?:\s+(?:million|billion|trillion|thousand|mln|bln|bn))?\s+{CURRENCY}", sentence[m.end() :])
        for m in re.finditer(rf"\b{re.escape(number)}", sentence, re.IGNORECASE)
    )


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
    # a country the question names is not part of its own name: "Kazakh Tourism" for "the Kazakh stand"
    return bool(words) and words <= question.all_terms or any(len(w) >= 4 and w in question.entities and not country_of(w) for w in words)


# Where one speaker's words end and what they said begins: "X, who attended the final concert, said the
# tour was part of the Year of Kazakh Culture in China" sets nothing of the concert in China.
_REPORTING = re.compile(r"\b(?:said|says|told|added|noted|stressed|stated|explained|announced)\b(?: that)?")


def _on_water(name: str, sentence: str) -> bool:
    """"on the Sumbe river", "on the shore of Lake Balkhash", "on the Caspian Sea"."""
    on = rf"\bon (?:the )?(?:(?:shores?|banks?|coast) of (?:the )?)?{re.escape(name)}"
    return bool(re.search(rf"{on} {_WATER}\b", sentence, re.IGNORECASE) or (re.search(rf"{on}\b", sentence) and re.search(rf"\b{_WATER}\b", name, re.IGNORECASE)))


def _in_asked_clause(place: str, sentence: str, question: Question) -> bool:
    """The `place` pattern is found in a speaker's part of the sentence that has some word of the
    question too (the whole sentence when no one speaks)."""
    parts = _REPORTING.split(sentence)
    if len(parts) == 1:
        return bool(re.search(place, sentence))
    return any(
        (m := re.search(place, part)) and any(paraphrase.present(t, set(terms(part.replace(m.group(0), " ")))) for t in question.all_terms)
        for part in parts
    )


_PREPOSITION = r"\b(?:to|for|from|in|at|with|by|on|into|per|between|among)\b"
COUNTED_WINDOW = 4  # words after a number where what it counts is written ("150 riders", "48 gold medals", "six joint water-monitoring stations")


def _counts(number: str, sentence: str, counted: frozenset[str]) -> bool:
    """The number is written with what the question counts: after it, right before it ("golden 30
    years") or as "the number of X ... N"."""
    at = fold(sentence).find(fold(number))
    if re.match(r"\s+of them\b", sentence[at + len(number) :]):
        return True  # "Eighteen of them": of what the sentence before counts (evidence.py checks it is that)
    # "1,200 people worked on the construction, of whom 800 ..."; "electric buses, of which the city already had more than 300"
    if of_which := re.search(r"\bof (?:whom|which)\b(?:\s+[\w\-]+){0,6}?\s+$", sentence[:at]):
        return all(paraphrase.present(t, set(terms(sentence[: of_which.start()]))) for t in counted)
    bare = re.match(r"\s+(?:are|were|is|was|have|had|live|lived|remain|remained)\b", sentence[at + len(number) :])
    if bare and re.fullmatch(r"(?:(?:about|some|fewer than|more than|over|nearly|almost|only|around) )?", fold(sentence[:at])):
        return True  # "Fewer than 200 are thought to live ...": of what the sentence before is about (evidence.py checks)
    if bare and (clause := re.search(r";\s*(?:(?:about|some|fewer than|more than|over|nearly|almost|only|around)\s+)?$", fold(sentence[:at]))):
        # "Wild Bactrian camels are critically endangered; fewer than 1,000 are thought to survive": of the clause before
        return all(paraphrase.present(t, set(terms(sentence[: clause.start()]))) for t in counted)
    # what it counts comes before any preposition: "200 scholarships to Kazakh students" counts scholarships
    phrase = re.split(_PREPOSITION, sentence[at + len(number) :], maxsplit=1)[0]
    # "100-megawatt station has 40 turbines", "the two countries and invited the Kazakh deputies": it ends at a verb
    phrase = re.split(r"\d|\b(?:has|have|had|is|are|was|were|will)\b|\b(?:and|or) (?=\w+ed\b)", phrase, maxsplit=1)[0]
    after = set(terms(phrase)[:COUNTED_WINDOW])
    before = sentence[:at]
    number_of = re.search(r"\bnumber of ([\w\-]+(?: [\w\-]+){0,2})", before)  # "the number of accredited meat exporters"
    named = after | set(terms(before)[-1:]) | (set(terms(number_of.group(1))) if number_of else set())
    if re.search(r":\s*(?:[\d,.]+ [\w\-]+(?:, and |, | and ))*$", before):  # "won 102 medals ...: 16 gold, 20 silver and 66 bronze"
        named |= set(terms(before[: before.rfind(":")]))
    return all(paraphrase.present(t, named) for t in counted)  # "the golden 30 years"; "four meat plants" are no meat exporters


_AREA_UNIT = r"(?:hectares?|ha|acres?|square (?:kilomet(?:re|er)s?|met(?:re|er)s?|miles?)|sq\.? ?(?:km|m)|km2|m2)\b"
_GROUNDS = frozenset(terms("site area territory plot land field"))
# what someone means to do, not what is: "Kazakhstan intended to increase gas exports to 10 billion cubic metres"
_INTENT = re.compile(r"\b(?:intends?|intended|plans?|planned|planning|aims?|aimed|aiming|hopes?|hoped|wants?|wanted|seeks?) to\b|\b(?:target|goal) of\b")
_CHANGES = frozenset(terms("grow rise fall increase decrease drop decline shrink climb jump"))
_FREQUENCY = re.compile(
    r"\b(?:once|twice|(?:\w+|\d+) times) (?:a|per|each|every) (?:day|week|fortnight|month|year)\b"
    r"|\b(?:hourly|daily|weekly|fortnightly|monthly|annually|yearly)\b|\bevery (?:(?:other|\w+|\d+) )?(?:day|week|month|year)s?\b"
    r"|\bon (?:\w+days?(?:, | and | or ))*\w+days\b",
    re.IGNORECASE,
)


def _number_spans(sentence: str, question: Question) -> list[str]:
    """candidates() for "how many / how much / how long ...": the figures of the sentence that are of
    what the question counts or measures, with their units."""
    if re.search(r"\bhow often\b", fold(question.text)):  # "three times a week", "daily", "every two years"
        return [m.group(0) for m in _FREQUENCY.finditer(sentence)]
    undated = claims.DATE_RE.sub(lambda m: " " * len(m.group(0)), sentence)  # "April 15" is no count
    undated = re.sub(r"^\d{1,2}[.)](?=\s)", lambda m: " " * len(m.group(0)), undated)  # "2. Clothing ...": a list's numbering
    # "how many times ...?" - "the fifth joint exercise"; "where does it rank?" - "ranks sixth"
    ordinal_ok = bool(re.search(r"\btimes?\b", question.text) or RANK_ASKED.search(fold(question.text)))
    found = [n for n in claims.numbers(undated) if not claims.YEAR_RE.fullmatch(n) and (ordinal_ok or fold(n) not in claims.ORDINALS)]
    if re.search(r"\bscore\b", fold(question.text)) and not re.search(r"\bhow many\b", fold(question.text)):  # "what was the score?": "2-1"
        found = re.findall(r"(?<![\d.,])\d{1,2}[-–:]\d{1,2}(?!\d|[.,]\d)", undated)
    elif re.match(r"(?:and |so )?how much\b(?! (?:less|more|fewer|cheaper|faster|higher|lower)\b)", fold(question.text)) and not re.search(
        r"\bpercent|\bshare\b|\bproportion\b", fold(question.text)
    ) and question.predicate not in _CHANGES:  # ("how much less water does it use?": "50 percent less"; "how much did it grow?")
        # an amount, not its change ("grows 30 percent to 14.8 billion"); a share is one ("70 percent of the water")
        found = [n for n in found if not re.search(r"%|percent|per cent", n) or re.search(rf"{re.escape(n)} of\b", sentence)]
    if measure := _MEASURE_ASKED.search(fold(question.text)):  # "a 636-megawatt unit": "636-megawatt"
        found = [m.group(0) for n in found if (m := re.search(rf"\b{re.escape(n)}[\s\-]*{_MEASURES[measure.group(1)]}", sentence))]
    elif _DURATION_ASKED.search(fold(question.text)):  # "how long is the flight?": five hours, not 15 flights
        # with the unit, and the smaller units after it: "2 hours, 11 minutes and 40 seconds"
        lengths = [
            m for n in found
            if (m := re.search(rf"\b{re.escape(n)}[\s\-]+(?:\w+[\s\-]+)?{_UNIT}(?:,? (?:and )?\d+ {_TIME_UNIT})*", sentence, re.IGNORECASE))
        ]
        # an age is "N years old" or "Omarov, 29,"; a length of time is not one ("a 34-year-old man" served no 34 years)
        old = bool(re.search(r"\bhow old\b", fold(question.text)))
        lengths = [m for m in lengths if bool(re.match(r"[\s\-]+old\b", sentence[m.end() :])) == old]
        if _HOW_LONG_IS.match(fold(question.text)):  # "how long is the film?": not "shot ... over 14 months"
            lengths = [m for m in lengths if not _DONE_OVER.search(sentence[: m.start()])]
        ages = [m.group(1) for m in _AGE.finditer(sentence)] if old else []
        found = [m.group(0) for m in lengths] + ages  # with the unit: "30 days"; an age: "Omarov, 29,"
        if not old and not found:  # "closed to traffic from 14:00 to 19:00": how long, as the hours it began and ended
            found = [m.group(0) for m in _CLOCK_RANGE.finditer(sentence)]
        found = [f for f in found if not any(f != g and f in g for g in found)]  # "2 hours, 35 minutes ...": once
    if re.match(r"(?:and |so )?how many (?:people|persons|passengers|workers|residents)\b", fold(question.text)):
        found += [m.group(0) for m in _NOBODY.finditer(sentence)]  # "Nobody was injured."
    # "One" in "One Belt, One Road" is part of a name, not a count
    found = [n for n in found if not n.isalpha() or re.search(rf"\b{n}\b|^{n.capitalize()}\b", sentence)]
    # "... at Al-Farabi Kazakh National University, which has 900 Chinese students": that one's count, unless
    # asked of it (or a bare "how many?" whose conversation named it)
    found = [
        n for n in found
        if not question.all_terms or not ((owner := re.search(rf"([A-Z][\w\-]*(?: [A-Z][\w\-]*)*)(?: in [A-Z][\w\-]*)?,? (?:which|that) (?:has|had|have|employs|holds) (?:about |some |nearly |more than |over )?{re.escape(n)}\b", sentence))
                and not set(terms(owner.group(1))) & (question.entities - country_terms(question.text)))
    ]
    if not re.search(r"\b(?:will|would|going to|expect\w*|intend\w*|plan\w*|aim\w*|hope\w*|want\w*|seek\w*|target\w*|goal)\b", fold(question.text)):
        # "how much gas does it export?": not "intended to increase exports to 10 bcm" (but "how many will it open?": "plans to open 12")
        found = [
            n for n in found  # ("aims to raise the share from 5 percent in 2023 to 15 percent": 5 percent is what is)
            if not _INTENT.search(sentence[: sentence.find(n)].split(",")[-1]) or re.search(r"\bfrom (?:about |around |some )?$", sentence[: sentence.find(n)])
        ]
    if re.search(r"\bworth\W*$|\bwhat is the (?:value|valuation)\b", fold(question.text)):  # "how much is Qazlingo worth?": not what it raised
        thing = (question.focus | question.entities) - set(terms("worth value valuation"))
        found = [
            n for n in found
            # "Copper smelter, East Kazakhstan region – 1.8 billion dollars": a list's value after a dash
            if re.search(rf"\s[–—-]\s*(?:about |some )?(?:[$€£¥] ?)?{re.escape(n)}", sentence)
            or (worth := re.search(rf"\b(?:worth|valued?(?: [\w\-]+){{0,4}}? at|valuation of|value of)(?: [\w\-]+){{0,4}}? (?:[$€£¥] ?)?{re.escape(n)}", sentence))
            # of the thing asked about ("47 agreements worth ..." is no start-up's worth), or of what "it" is
            and (not thing or set(terms(sentence[: worth.end()])[-12:]) & thing or re.search(r"\b(?:it|its|which|that|they)\W*$", sentence[: worth.start()], re.IGNORECASE))
        ]
    if re.search(r"\bwhat (?:share|percentage|proportion|percent|fraction)\b", fold(question.text)):
        found = [n for n in found if re.search(r"%|percent|per cent|\b(?:third|half|quarter|fifth|thirds|quarters|fifths)\b", n)]  # not "350 million"
    if question.years:  # "... in 2022, up from 3 percent in 2019": the figure of another year
        found = [n for n in found if not ((y := re.search(rf"\b{re.escape(n)}(?:\s+[\w\-]+){{0,2}}\s+in\s+((?:19|20)\d\d)\b", sentence)) and y.group(1) not in question.years)]
    if where := _COUNTED_IN.search(question.text):  # "how many of the sites are in Kyrgyzstan?": not "eight are in Kazakhstan"
        place = re.escape(where.group(1))
        found = [n for n in found if re.search(rf"\b{re.escape(n)}\b(?:\s+[\w\-]+){{0,3}}?\s+(?:located\s+)?in (?:the )?{place}\b", sentence)]
    if question.counted:  # "how many medals?": "48 medals", not "the 77 kg category"
        found = [n for n in found if _counts(n, sentence, question.counted)]
    if question.count_noun and not question.counted:  # "how many Chinese citizens?": not "20 Chinese cities"
        found = [n for n in found if not _counts_another(n, sentence, question.count_noun)]
    if question.count_noun:  # "how many Kazakh students?": not "200 scholarships to Kazakh students"
        found = [n for n in found if not _counts_else(n, sentence, question.count_noun)]
    if _MONEY_ASKED.search(question.text) and not re.search(r"\bhow (?:many|long|far|old)\b|\b(?:share|percentage|proportion)\b", fold(question.text)):
        found = [n for n in found if _money(n, sentence) and not _apiece_of_other(n, sentence, question)]
        if not found and ADMISSION.search(fold(question.text)):  # "how much do tickets cost?": "free of charge"
            found = [m.group(0) for m in FREE.finditer(sentence)]
    elif re.search(r"\bhow (?:big|large)\b", fold(question.text)):
        if not _FINANCES.search(question.text):  # a size, not what it cost (but "how large is the portfolio?",
            # or a thing written as worth so much: "a currency swap agreement worth 35 billion yuan")
            found = [n for n in found if not _money(n, sentence) or re.search(rf"\b(?:worth|valued at) (?:about |some |around )?{re.escape(n)}", sentence)]
        found = [n for n in found if not _counts_other(n, sentence, question.focus)]
        areas = [m.group(0) for n in found if (m := re.search(rf"\b{re.escape(n)}[\s\-]*{_AREA_UNIT}", sentence))]
        if areas or question.focus & _GROUNDS:  # "how big is the site?": "a 12-hectare site"
            found = areas
    elif re.match(r"(?:and |so )?how much\b", fold(question.text)):  # "how much grain?": "200,000 tonnes"
        # "how much damage?" is no time ("the worst in 80 years"); "how much faster?" may be
        if not re.match(r"(?:and |so )?how much \w+er\b", fold(question.text)):
            found = [n for n in found if not re.search(rf"\b{re.escape(n)}[\s\-]+{_TIME_UNIT}", sentence, re.IGNORECASE)]
        found = [m.group(0) if (m := re.search(rf"\b{re.escape(n)}\s+{QUANTITY_UNIT}", sentence)) else n for n in found]
    return found


def _apiece_of_other(number: str, sentence: str, question: Question) -> bool:
    """A price "each" is of the sentence's subject ("The buses, assembled at the ... plant, cost about
    250,000 dollars each"), not of another thing the question asks the cost of."""
    if not re.search(rf"\b{re.escape(number)}\b[^,.;]{{0,30}}?\b(?:each|apiece)\b", sentence):
        return False
    subject = re.match(r"[^,;:]+?(?=,| (?:is|was|are|were|will|would|can|could|cost|costs|sell|sells|sold)\b)", sentence)
    return bool(subject) and not set(terms(subject.group(0))) & question.focus  # "Most of the parcels were ... worth 14 dollars each"


def _counts_another(number: str, sentence: str, noun: str) -> bool:
    """The number is written right before another plural noun, a country word aside ("20 Chinese cities")."""
    at = re.search(rf"\b{re.escape(number)}\s+(?:([A-Z][a-z]+)\s+)?([a-z]+s)\b", sentence)
    if not at or (at.group(1) and not country_of(at.group(1))):
        return False
    return not paraphrase.present(noun, set(terms(at.group(2))))


def _counts_else(number: str, sentence: str, noun: str) -> bool:
    """The number counts something else, and what the question counts is written after a
    preposition: "200 scholarships to Kazakh students" counts scholarships."""
    rest = sentence[sentence.find(number) + len(number) :]
    phrase, *beyond = re.split(_PREPOSITION, rest, maxsplit=1)
    counted = set(terms(phrase)[:COUNTED_WINDOW])
    later = set(terms(beyond[0])[:COUNTED_WINDOW]) if beyond else set()
    return bool(counted) and not paraphrase.present(noun, counted) and bool(paraphrase.present(noun, later))


_CLAUSE_OPENING = re.compile(r"[,;:]\s*(?:where|which|who|whom|when|while|but|and|as)\b|[;:]")


def _names_thing(sentence: str, name: str, thing: str) -> bool:
    """The name is written with the thing it names ("the Central Party School", "her father, Yerlan,"),
    not in another clause ("in Shymkent, where her father ran a shop")."""
    if thing not in _around(sentence, name, NAME_WINDOW) or all(country_of(w) for w in name.split()):
        return False  # "a shop selling Chinese electronics": a demonym names nothing
    at = sentence.find(name)
    modifier = re.match(r"\s+([\w’'\-]+)", sentence[at + len(name) :])
    if re.search(r"\b(?:a|an)\s+$", sentence[:at], re.IGNORECASE) and modifier and terms(modifier.group(1)) == [thing]:
        return False  # "a Hui father": what kind of father, not his name
    spots = [m for m in re.finditer(r"[\w’'\-]+", sentence) if thing in terms(m.group(0))]
    between = [sentence[min(at, m.start()) : max(at + len(name), m.end())] for m in spots]
    return any(not _CLAUSE_OPENING.search(text) and _gap(text, thing) <= NAME_GAP for text in between)


def _gap(text: str, thing: str) -> int:
    """Words between a name and the thing it names, other names of a list aside ("the pandas, Jin Jin
    and Bao Bao")."""
    return sum(1 for w in re.findall(r"[\w’'\-]+", text) if w.islower() and w not in ("and", "or") and terms(w) != [thing])


def _around(sentence: str, span: str, words: int, keep_stopwords: bool = True) -> set[str]:
    at = sentence.find(span)
    before = terms(sentence[:at], keep_stopwords)[-words:]
    return set(before) | set(terms(sentence[at + len(span) :], keep_stopwords)[:words])


def _same_office(word: str, role: str) -> bool:
    """The office asked about, or one news writes for it ("ambassador" for "envoy")."""
    return word == role or (word,) in paraphrase.related(role)


def _definite(body: str, text: str) -> bool:
    """`text` names the body by its kind: "the university", "the Chinese university", "the company's",
    or opens on it ("Committee chairwoman Dana Nurlanova")."""
    if (opening := re.match(r"\s*([A-Z][\w\-]+) [a-z]", text)) and terms(opening.group(1)) == [body]:
        return True
    for match in re.finditer(r"\b[Tt]he (?:([\w\-]+) )?([\w\-]+?)(?:'s|’s)?\b", text):
        qualifier, noun = match.groups()
        if terms(noun) == [body] and (qualifier is None or qualifier.islower() or country_of(qualifier)):
            return True
    return False


def _called_by_kind(near: str, sentence: str, whose: frozenset[str]) -> bool:
    """"the region's Communist Party secretary" in a sentence naming "the Xinjiang Uygur Autonomous
    Region": the office is of the name that ends in that kind."""
    kinds = {fold(m.group(1)) for m in re.finditer(r"\bthe ([a-z]+)(?:'s|’s)", near)}
    return any(fold(n.split()[-1]) in kinds and set(terms(n)) & whose for n in claims.names(sentence) if " " in n)


def holds_role(sentence: str, name: str, question: Question, role: str, whose: bool = True, called: frozenset[str] = frozenset()) -> bool:
    """The office is written near the name, not as "vice"/"deputy" to it unless asked, and with whose
    office it is when the question says ("of Nur Otan"; "the company's" when the article calls that
    body a company: `called`)."""
    at = sentence.find(name)
    title = sentence[:at]
    cut = list(TITLE_BOUNDARY.finditer(title))  # "X met with <title> Y": Y's title starts after "with"
    before = terms(title[cut[-1].end() :] if cut else title, keep_stopwords=True)[-2 * ROLE_WINDOW :]
    others = [p.start for p in people(sentence) if p.start > at]
    rest = sentence[at + len(name) : min(others, default=len(sentence))]  # "X and Wang Huning, the chair of ...": not X's
    end = TITLE_BOUNDARY.search(rest)  # "Nuryshev met with Head of ...": the office after "with" is not his
    after = terms(rest[: end.start()] if end else rest, keep_stopwords=True)[:ROLE_WINDOW]
    # and the whole office people() reads with the name: "Wang Huning, the chair of ... (CPPCC)"
    office = next((p.title for p in people(sentence) if p.name == name), "")
    window = [*before, "|", *after, "|", *terms(office, keep_stopwords=True)]
    # "Who will head the laboratory?": "The laboratory will be headed by professor X" (the office as a deed)
    cut_by = re.search(r"\b([\w\-]+) by (?:[\w\-.]+ ){0,4}$", title)
    window += [terms(cut_by.group(1))[0]] if cut_by and terms(cut_by.group(1)) else []
    asked = set(terms(question.text, keep_stopwords=True))
    held = any(
        _same_office(w, role) and (i == 0 or window[i - 1] not in _LESSER_OFFICE - asked)
        for i, w in enumerate(window)
    )
    # Whose office: most of its words ("the CPC's" may be written "the Communist Party of China"),
    # or the body named by its kind ("the rector of the Chinese university", "the company's head")
    headed = set(terms(title[: cut_by.start()])) if cut_by else set()  # "The laboratory will be headed by"
    of = len(question.role_of & (set(window) | set(terms(name)) | headed))
    near = f"{title[cut[-1].end() :] if cut else title} {rest[: end.start()] if end else rest} {office}"
    if (
        any(_definite(body, near) for body in (question.role_of & _BODIES) | called)
        or _called_by_kind(near, sentence, question.role_of)
        or re.match(r"\s*Its\b", near)  # "Its director, X, ...": of what the sentence before names (the caller checks)
    ):
        of = len(question.role_of)
    # ... and the country it names: "the head of Huawei China" is not the head of Huawei Kazakhstan
    countries = {c for t in question.role_of if (c := country_of(t))}
    return held and (not whose or (of * 2 >= len(question.role_of) and countries <= named_countries(" ".join(window))))
