"""Words of a text as search terms: lowercase, folded, light stemming, stopwords out."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+")
STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with about against between into through during
    before after above below from up down out off over under again further then once here there all
    any both each few more most other some such no nor not only own same so than too very can will
    just should now is are was were be been being have has had having do does did doing i me my we
    our you your he him his she her it its they them their what which who whom whose this that these
    those am would could shall may might must also as per says said say according when where why how
    many much whether while did does tell give name please article articles kind sort type mention
    mentions mentioned appear appears appeared named quote quotes quoted""".split()
)


_PLAIN = str.maketrans("‘’“”–—", "''\"\"--")
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lowercase, accents removed, curly quotes and dashes made plain."""
    text = text.translate(_PLAIN)
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return text.lower()


# Irregular past forms, so that "met" finds "meeting" and "spoke" finds "speaking".
IRREGULAR = dict(
    pair.split(":")
    for pair in """met:meet held:hold spoke:speak spoken:speak told:tell took:take taken:take gave:give given:give
    made:make sent:send won:win led:lead wrote:write written:write began:begin begun:begin grew:grow
    grown:grow rose:rise fell:fall paid:pay sold:sell bought:buy built:build brought:bring kept:keep
    thought:think saw:see seen:see became:become chose:choose chosen:choose knew:know known:know
    sought:seek taught:teach meant:mean felt:feel found:find stood:stand understood:understand
    struck:strike drew:draw drawn:draw ran:run spent:spend lost:lose hit:hit cut:cut set:set put:put
    left:leave went:go gone:go came:come flew:fly flown:fly drove:drive driven:drive fought:fight
    caught:catch heard:hear threw:throw thrown:throw broke:break broken:break shot:shoot fled:flee
    lent:lend dealt:deal fed:feed laid:lay swore:swear sworn:swear withdrew:withdraw withdrawn:withdraw
    undertook:undertake undertaken:undertake arose:arise arisen:arise forgave:forgive forgiven:forgive
    sank:sink sunk:sink shook:shake shaken:shake wore:wear worn:wear ate:eat eaten:eat died:die dies:die dying:die used:use using:use shown:show""".split()
)


_ADVERBS = (("ently", "ent"), ("antly", "ant"), ("ally", "al"), ("ively", "ive"), ("ously", "ous"), ("ngly", "ng"))


@lru_cache(maxsize=200_000)  # a corpus has far fewer distinct words than tokens
def stem(word: str) -> str:
    """A deliberately light stemmer: plurals and -ing/-ed, so inflections of one word meet."""
    return regular_stem(IRREGULAR.get(word, word))


_ES_PLURAL = ("s", "x", "z", "ch", "sh", "o")  # endings whose plural adds "es"


def regular_stem(word: str) -> str:
    """stem() without the irregular past forms: "found" (a party) stays "found"."""
    for suffix, keep in _ADVERBS:  # "recently" meets "recent", "mutually" meets "mutual"
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + keep
            break
    for suffix, keep in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if suffix == "es" and not word[:-2].endswith(_ES_PLURAL):
            continue  # "sales", "times": the plural of "sale", "time" (but "taxes", "matches")
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            word = word[: -len(suffix)] + keep
            if suffix in ("ing", "ed") and len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "aeioulsz":
                word = word[:-1]  # "stepping" meets "step", "planned" meets "plan"
            break
    # subtle: "praise"/"praised" and "become"/"becoming" must meet, so a final e goes too.
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


# An apostrophe inside a name is part of it ("Xi'an" is one word, not "Xi"); "'s", "n't", "'ll" are not.
_INNER_APOSTROPHE = re.compile(r"(?<=[a-z])'(?!(?:s|t|d|ll|re|ve|m)\b)(?=[a-z])")


def terms(text: str, keep_stopwords: bool = False) -> list[str]:
    words = _WORD.findall(_INNER_APOSTROPHE.sub("", fold(text)))
    stems = [stem(w) for w in words if (len(w) > 1 or w.isdigit()) and (keep_stopwords or w not in STOPWORDS)]
    # "given", "told": forms of stopwords are stopwords too
    return stems if keep_stopwords else [t for t in stems if t not in STOPWORDS]
